import path from 'node:path';
import type { Command } from 'commander';
import { openDb } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { cliConfig, print, type GlobalOptions } from './context.js';

/** `hearth migrate`: brings the database schema up to date (the server also does this at boot). */
export function registerMigrate(program: Command, globals: () => GlobalOptions): void {
  program
    .command('migrate')
    .description('apply pending database migrations (the server also runs them at boot)')
    .action(async () => {
      const config = cliConfig(globals());
      const handle = await openDb({
        databaseUrl: config.databaseUrl,
        sqliteFile: path.join(config.dataDir, 'hearth.sqlite'),
        synchronous: config.sqliteSynchronous,
      });
      try {
        const applied = await migrateToLatest(handle.db);
        print(applied.length === 0 ? 'Database is up to date.' : `Applied ${applied.length} migration(s): ${applied.join(', ')}`);
      } finally {
        await handle.close();
      }
    });
}
