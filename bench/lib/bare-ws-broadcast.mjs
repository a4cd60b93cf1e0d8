// The ceiling for chat fan-out: a bare `ws` server that broadcasts every POSTed body to every socket.
import http from 'node:http';
import { WebSocketServer } from 'ws';

const server = http.createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    const frame = JSON.stringify({ type: 'message', conversationId: 'bare', message: JSON.parse(body) });
    for (const socket of wss.clients) socket.send(frame);
    response.writeHead(201, { 'content-type': 'application/json' }).end('{}');
  });
});
const wss = new WebSocketServer({ server, perMessageDeflate: false });
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('ready\n'));
