import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/**
 * Where the built web app is: HEARTH_WEB_DIR, else packages/web/dist of the workspace this
 * code runs from (src/app/ under tsx, dist/ or dist/chunks/ when bundled).
 */
export function resolveWebDir(configured: string | null): string | null {
  if (configured) return fs.existsSync(path.join(configured, 'index.html')) ? configured : null;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (path.basename(dir) === 'packages') {
      const candidate = path.join(dir, 'web', 'dist');
      return fs.existsSync(path.join(candidate, 'index.html')) ? candidate : null;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
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
  const sendIndex = (reply: FastifyReply) => reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(indexHtml);
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

/** Without a built web app, `/` says so instead of a bare 404; the API works as usual. */
export function registerWebMissing(app: FastifyInstance): void {
  app.get('/', (_request, reply) =>
    reply
      .code(503)
      .header('cache-control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(
        '<!doctype html><meta charset="utf-8"><title>Hearth</title><h1>Hearth is running</h1>' +
          '<p>The API answers under <a href="/api/docs">/api/</a>, but the web app is not built: run <code>npm run build -w @hearth/web</code> ' +
          '(or <code>npm start</code>, which builds it) or set HEARTH_WEB_DIR.</p>',
      ),
  );
}
