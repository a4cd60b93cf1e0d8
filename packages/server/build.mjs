#!/usr/bin/env node
/**
 * Bundles the server (src/main.ts → dist/main.js) and the `hearth` CLI (src/cli/index.ts →
 * dist/cli.js) with esbuild: ESM for Node 20. Workspace packages (@hearth/contracts) are
 * bundled in; every npm dependency stays external and is loaded from node_modules at run
 * time — native modules (better-sqlite3, sharp, @node-rs/*) cannot be bundled at all.
 *
 * Usage: node packages/server/build.mjs   (or `npm run build -w @hearth/server`)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const outdir = path.join(here, 'dist');
const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

/**
 * Pure-ESM dependencies bundled in rather than loaded from node_modules: each is hundreds of
 * small files, and resolving and reading them one by one was ~350 ms of a cold start.
 * (Bundling every dependency was slower: the large data tables of some get parsed eagerly.)
 */
const BUNDLED = new Set(['kysely', 'zod']);

/** Dependencies of this package and, transitively, of the workspace packages it bundles. */
function externalDependencies() {
  const external = new Set();
  const seen = new Set();
  const visit = (pkgDir) => {
    if (seen.has(pkgDir)) return;
    seen.add(pkgDir);
    const pkg = readJson(path.join(pkgDir, 'package.json'));
    for (const name of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies, ...pkg.peerDependencies })) {
      if (name.startsWith('@hearth/')) visit(path.join(here, '..', name.slice('@hearth/'.length)));
      else if (!BUNDLED.has(name)) external.add(name);
    }
  };
  visit(here);
  return [...external].sort();
}

/**
 * Fails the build when code imports a package that no package.json declares: esbuild would
 * otherwise bundle whatever happens to be hoisted into node_modules.
 */
const undeclaredImports = (external) => ({
  name: 'undeclared-imports',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:') || args.path.startsWith('@hearth/')) return undefined;
      const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0];
      if (external.includes(name)) return { path: args.path, external: true };
      if (BUNDLED.has(name)) return undefined;
      return {
        errors: [{ text: `"${name}" is imported by ${path.relative(here, args.importer)} but is not a dependency in package.json` }],
      };
    });
  },
});

export async function buildServer({ quiet = false } = {}) {
  const started = performance.now();
  const external = externalDependencies();
  fs.rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: here,
    entryPoints: { main: 'src/main.ts', cli: 'src/cli/index.ts' },
    outdir,
    bundle: true,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    plugins: [undeclaredImports(external)],
    sourcemap: 'linked',
    legalComments: 'none',
    metafile: true,
    logLevel: quiet ? 'error' : 'warning',
    // Bundled CommonJS (if any ever is) may call require(); give ESM one.
    banner: {
      js: "import { createRequire as __hearthCreateRequire } from 'node:module';\nconst require = __hearthCreateRequire(import.meta.url);",
    },
  });
  fs.writeFileSync(path.join(outdir, 'package.json'), '{ "type": "module" }\n');
  // The background reader's thread runs this plain-JavaScript file as it is (see src/db/background-reader.ts).
  fs.copyFileSync(path.join(here, 'src/db/sqlite-read-worker.mjs'), path.join(outdir, 'sqlite-read-worker.mjs'));
  const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
  if (!quiet) {
    process.stdout.write(
      `server built into ${path.relative(process.cwd(), outdir) || '.'} (${(bytes / 1024).toFixed(0)} kB, ${Math.round(performance.now() - started)} ms)\n`,
    );
  }
  return result;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildServer().catch((error) => {
    process.stderr.write(`server build failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
