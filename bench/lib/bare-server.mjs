// The ceiling: a bare Fastify route answering each path with a precomputed JSON body from memory.
import Fastify from 'fastify';

const bodies = JSON.parse(process.env.BARE_BODIES ?? '{}');
const app = Fastify({ logger: false });
app.get('/*', (request, reply) => reply.type('application/json').send(bodies[request.url] ?? '{"items":[],"nextCursor":null}'));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.stdout.write('ready\n');
