import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { openDb } from '../db/database.js';
import { CliError, EXIT, cliConfig, print, type GlobalOptions } from './context.js';
import { assertHearthDatabase, backupBlobsDir, blobsDir, humanSize, singleFile, sizeOf, sqliteFile } from './sqlite-files.js';

export const PG_DUMP_HINT = [
  "This Hearth uses PostgreSQL (HEARTH_DATABASE_URL); back it up with PostgreSQL's own tools:",
  '  pg_dump --format=custom --no-owner --file=hearth.dump "$HEARTH_DATABASE_URL"',
  'and copy the blobs directory (HEARTH_DATA_DIR/blobs) or your object-storage bucket beside it.',
  'See docs/operator-guide.md, "Backup and restore".',
].join('\n');

/**
 * `hearth backup <file>`: an online, consistent copy of the SQLite database (SQLite's backup
 * API, safe while the server runs) plus a copy of the blobs directory in `<file>.blobs/`.
 */
export function registerBackup(program: Command, globals: () => GlobalOptions): void {
  program
    .command('backup')
    .description('copy the database (online, safe while the server runs) and the blobs: <file> and <file>.blobs/')
    .argument('<file>', 'where to write the database copy, e.g. backups/hearth-2026-01-31.sqlite')
    .option('--force', 'overwrite <file> and <file>.blobs/ if they exist', false)
    .action(async (fileArg: string, options: { force?: boolean }) => {
      const config = cliConfig(globals());
      if (config.databaseUrl) throw new CliError(PG_DUMP_HINT, EXIT.failed);
      const source = sqliteFile(config);
      if (!fs.existsSync(source)) throw new CliError(`There is no database at ${source} (check HEARTH_DATA_DIR or --data-dir).`);
      const file = path.resolve(fileArg);
      const blobsCopy = backupBlobsDir(file);
      if ((fs.existsSync(file) || fs.existsSync(blobsCopy)) && !options.force) {
        throw new CliError(`${file} already exists; pass --force to overwrite it.`, EXIT.usage);
      }
      fs.mkdirSync(path.dirname(file), { recursive: true });

      const handle = await openDb({ databaseUrl: null, sqliteFile: source, synchronous: config.sqliteSynchronous });
      const partial = `${file}.partial`;
      try {
        fs.rmSync(partial, { force: true });
        await handle.sqlite!.backup(partial);
      } finally {
        await handle.close();
      }
      singleFile(partial);
      assertHearthDatabase(partial);
      fs.renameSync(partial, file);

      // Blobs are written once under fresh keys, so copying after the database snapshot
      // includes every blob the snapshot refers to (and perhaps a few newer ones).
      fs.rmSync(blobsCopy, { recursive: true, force: true });
      if (fs.existsSync(blobsDir(config))) fs.cpSync(blobsDir(config), blobsCopy, { recursive: true });
      else fs.mkdirSync(blobsCopy, { recursive: true });

      print(`Database → ${file} (${humanSize(sizeOf(file))})`);
      print(`Blobs    → ${blobsCopy}/ (${humanSize(sizeOf(blobsCopy))})`);
      print(`Restore with: hearth restore ${fileArg} --force   (stop the server first)`);
    });
}
