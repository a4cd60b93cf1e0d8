/** A real Hearth server for browser journeys, serving the built web app (packages/web/dist). */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestApp, type StartOptions, type TestApp } from '@hearth/server/testing';

const here = path.dirname(fileURLToPath(import.meta.url));
/** `HEARTH_E2E_WEB_DIST` points the journeys at another build (e.g. one made with `vite build --outDir`). */
export const WEB_DIST = process.env.HEARTH_E2E_WEB_DIST
  ? path.resolve(process.env.HEARTH_E2E_WEB_DIST)
  : path.resolve(here, '../../../web/dist');

export async function startE2eServer(options: StartOptions = {}): Promise<TestApp> {
  if (!fs.existsSync(path.join(WEB_DIST, 'index.html'))) throw new Error('Build the web app first: npm run build -w @hearth/web');
  return startTestApp({ ...options, env: { HEARTH_WEB_DIR: WEB_DIST, HEARTH_RATE_LIMIT: 'false', ...options.env } });
}
