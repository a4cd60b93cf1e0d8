import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { readLivePid } from '../app/pid-file.js';
import { openDb } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { CliError, EXIT, cliConfig, print, type GlobalOptions } from './context.js';
import { assertHearthDatabase, backupBlobsDir, blobsDir, sqliteFile, stamp } from './sqlite-files.js';

export const PG_RESTORE_HINT = [
  "This Hearth uses PostgreSQL (HEARTH_DATABASE_URL); restore with PostgreSQL's own tools into an empty database:",
  '  pg_restore --no-owner --dbname="$HEARTH_DATABASE_URL" hearth.dump',
  'then put the blobs back and run `hearth migrate`. See docs/operator-guide.md, "Backup and restore".',
].join('\n');

/**
 * `hearth restore <file>`: puts a `hearth backup` copy in place of the SQLite database (and
 * `<file>.blobs/` in place of the blobs), then migrates it to this version. The current
 * files are set aside as `*.before-restore-<time>`, never deleted. Refuses while a server
 * uses the data directory.
 */
export function registerRestore(program: Command, globals: () => GlobalOptions): void {
  program
    .command('restore')
    .description('replace the database and blobs with a backup made by `hearth backup` (stop the server first)')
    .argument('<file>', 'the database copy written by `hearth backup`')
    .option('--force', 'replace an existing database (it is kept as hearth.sqlite.before-restore-<time>)', false)
    .action(async (fileArg: string, options: { force?: boolean }) => {
      const config = cliConfig(globals());
      if (config.databaseUrl) throw new CliError(PG_RESTORE_HINT, EXIT.failed);
      const file = path.resolve(fileArg);
      if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new CliError(`No backup file at ${file}.`);
      assertHearthDatabase(file);

      const pid = readLivePid(config.dataDir);
      if (pid !== null) throw new CliError(`A Hearth server (pid ${pid}) is using ${config.dataDir}; stop it before restoring.`);
      const target = sqliteFile(config);
      if (fs.existsSync(target) && !options.force) {
        throw new CliError(`${target} exists; pass --force to replace it (the current database is kept beside it).`, EXIT.usage);
      }

      fs.mkdirSync(config.dataDir, { recursive: true });
      const suffix = `.before-restore-${stamp()}`;
      const setAside: string[] = [];
      // The -wal and -shm files belong to the old database: leaving them would corrupt the new one.
      for (const part of ['', '-wal', '-shm']) {
        if (fs.existsSync(target + part)) {
          fs.renameSync(target + part, `${target}${suffix}${part}`);
          if (part === '') setAside.push(`${target}${suffix}`);
        }
      }
      const incoming = `${target}.restoring`;
      fs.copyFileSync(file, incoming);
      fs.renameSync(incoming, target);

      const blobsBackup = backupBlobsDir(file);
      if (fs.existsSync(blobsBackup)) {
        if (fs.existsSync(blobsDir(config))) {
          fs.renameSync(blobsDir(config), `${blobsDir(config)}${suffix}`);
          setAside.push(`${blobsDir(config)}${suffix}`);
        }
        fs.cpSync(blobsBackup, blobsDir(config), { recursive: true });
      } else {
        process.stderr.write(`warning: no ${blobsBackup}/ beside the backup; the blobs directory was left as it is.\n`);
      }

      const handle = await openDb({ databaseUrl: null, sqliteFile: target, synchronous: config.sqliteSynchronous });
      let applied: string[];
      try {
        applied = await migrateToLatest(handle.db);
      } finally {
        await handle.close();
      }
      print(`Restored ${file} → ${target}${fs.existsSync(blobsBackup) ? ' (with blobs)' : ''}.`);
      if (applied.length > 0) print(`Applied ${applied.length} migration(s): ${applied.join(', ')}`);
      for (const aside of setAside) print(`Previous data kept at ${aside} — delete it when you are happy.`);
    });
}
