/** Paths and checks shared by `hearth backup` and `hearth restore` (SQLite mode). */
import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import type { Config } from '../config/config.js';
import { CliError } from './context.js';

export const sqliteFile = (config: Config) => path.join(config.dataDir, 'hearth.sqlite');
export const blobsDir = (config: Config) => path.join(config.dataDir, 'blobs');
/** Blobs travel beside the database copy: `<file>.blobs/`. */
export const backupBlobsDir = (file: string) => `${file}.blobs`;

/** `YYYYMMDD-HHMMSS` in UTC, for names of files set aside. */
export function stamp(date = new Date()): string {
  return date.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

/**
 * Checks that `file` is an intact SQLite database written by Hearth (it has the migration
 * table). Throws CliError otherwise.
 */
export function assertHearthDatabase(file: string): void {
  const header = Buffer.alloc(16);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, header, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (header.toString('latin1') !== 'SQLite format 3\0') throw new CliError(`${file} is not an SQLite database.`);
  const db = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new CliError(`${file} is damaged: ${String(check)}`);
    const table = db.prepare("select name from sqlite_master where type = 'table' and name = 'hearth_migration'").get();
    if (!table) throw new CliError(`${file} is an SQLite database but not a Hearth one (no hearth_migration table).`);
  } finally {
    db.close();
  }
}

/**
 * Switches a database copy from WAL to rollback journal, so it is one self-contained file
 * that opens read-only without leaving -wal/-shm files beside it.
 */
export function singleFile(file: string): void {
  const db = new SqliteDatabase(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/** Bytes in a file or directory tree. */
export function sizeOf(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.size;
  return fs.readdirSync(target).reduce((sum, name) => sum + sizeOf(path.join(target, name)), 0);
}

export function humanSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
}
