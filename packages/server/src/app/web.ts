import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Where the built web app is: HEARTH_WEB_DIR, else packages/web/dist beside this package. */
export function resolveWebDir(configured: string | null): string | null {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = configured ? [configured] : [path.resolve(here, '../../../web/dist'), path.resolve(here, '../../web/dist')];
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'index.html'))) ?? null;
}

/**
 * Serves the SPA: hashed assets with long caching, and index.html (never cached) for every
 * non-API path so client-side routes survive a reload.
 */
export async function registerWeb(app: FastifyInstance, webDir: string): Promise<void> {
  const indexHtml = fs.readFileSync(path.join(webDir, 'index.html'));
  await app.register(fastifyStatic, {
    root: webDir,
    wildcard: false,
    index: false,
    setHeaders: (res, filePath) => {
      if (filePath.includes(`${path.sep}assets${path.sep}`)) res.header('cache-control', 'public, max-age=31536000, immutable');
      else res.header('cache-control', 'no-cache');
    },
  });
  const sendIndex = (reply: import('fastify').FastifyReply) =>
    reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(indexHtml);
  app.get('/', (_request, reply) => sendIndex(reply));
  app.get('/*', (request, reply) => {
    const url = request.url.split('?')[0] ?? '/';
    if (url.startsWith('/api/') || url === '/metrics') return reply.callNotFound();
    const file = path.join(webDir, decodeURIComponent(url));
    if (file.startsWith(webDir) && path.extname(file) && fs.existsSync(file) && fs.statSync(file).isFile()) {
      return reply.sendFile(path.relative(webDir, file));
    }
    if (path.extname(url) && !url.endsWith('.html')) return reply.callNotFound();
    return sendIndex(reply);
  });
}
