// The ceiling for a fixed answer: plain Node HTTP sending precomputed bytes (with their
// headers) for every request: the bytes of the file BARE_BYTES_FILE, headers BARE_HEADERS (JSON).
import fs from 'node:fs';
import http from 'node:http';

const body = fs.readFileSync(process.env.BARE_BYTES_FILE ?? '/dev/null');
const headers = { ...JSON.parse(process.env.BARE_HEADERS ?? '{}'), 'content-length': body.length };
http
  .createServer((request, response) => {
    response.writeHead(200, headers);
    response.end(body);
  })
  .listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('ready\n'));
