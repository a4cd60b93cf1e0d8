/**
 * The `hearth` CLI as an operator runs it: a child process per command against a temporary
 * data directory (SQLite), checking exit codes, messages and what ends up in the database.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import SqliteDatabase from 'better-sqlite3';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const entry = path.join(serverDir, 'src/cli/index.ts');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `hearth <args>` with only the given HEARTH_* variables (none leak in from the test run). */
function hearth(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('HEARTH_')));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
      cwd: serverDir,
      env: { ...base, HEARTH_LOG_LEVEL: 'silent', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function readMembers(dataDir: string): { email: string; role: string; status: string }[] {
  const db = new SqliteDatabase(path.join(dataDir, 'hearth.sqlite'), { readonly: true });
  try {
    return db.prepare('select email, role, status from member order by email').all() as { email: string; role: string; status: string }[];
  } finally {
    db.close();
  }
}

describe('hearth CLI', () => {
  let work: string;
  let dataDir: string;
  let env: Record<string, string>;
  before(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-cli-'));
    dataDir = path.join(work, 'data');
    env = { HEARTH_DATA_DIR: dataDir };
  });
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it('sets up, adds an admin, backs up, and restores the data after a change', async () => {
    const setup = await hearth(
      [
        'setup',
        '--name',
        '爐邊 Test',
        '--locale',
        'zh-TW',
        '--owner-email',
        'owner@example.com',
        '--owner-password',
        'correct horse battery',
        '--owner-name',
        'Owner',
      ],
      env,
    );
    assert.equal(setup.code, 0, setup.stderr);
    assert.match(setup.stdout, /is set up \(zh-TW\)/);

    const admin = await hearth(
      ['create-admin', '--email', 'Admin@Example.com', '--password', 'another long passphrase', '--name', 'Admin'],
      env,
    );
    assert.equal(admin.code, 0, admin.stderr);
    assert.match(admin.stdout, /Created admin admin@example\.com/);
    assert.deepEqual(readMembers(dataDir), [
      { email: 'admin@example.com', role: 'admin', status: 'active' },
      { email: 'owner@example.com', role: 'owner', status: 'active' },
    ]);

    fs.mkdirSync(path.join(dataDir, 'blobs/avatars'), { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'blobs/avatars/a.webp'), 'before');
    const file = path.join(work, 'backups/hearth.sqlite');
    const backup = await hearth(['backup', file], env);
    assert.equal(backup.code, 0, backup.stderr);
    assert.ok(fs.existsSync(file));
    assert.equal(fs.readFileSync(path.join(`${file}.blobs`, 'avatars/a.webp'), 'utf8'), 'before');
    assert.ok(!fs.existsSync(`${file}-wal`), 'the backup is one self-contained file');

    // Change things after the backup: promote the admin to owner, add demo members, change a blob.
    const promote = await hearth(
      ['create-admin', '--email', 'admin@example.com', '--password', 'a third long passphrase', '--name', 'x', '--role', 'owner'],
      env,
    );
    assert.equal(promote.code, 0, promote.stderr);
    assert.match(promote.stdout, /role admin → owner/);
    const demo = await hearth(['seed-demo'], env);
    assert.equal(demo.code, 0, demo.stderr);
    assert.ok(readMembers(dataDir).length > 5);
    fs.writeFileSync(path.join(dataDir, 'blobs/avatars/a.webp'), 'after');

    const refused = await hearth(['restore', file], env);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /pass --force/);

    const restore = await hearth(['restore', file, '--force'], env);
    assert.equal(restore.code, 0, restore.stderr);
    assert.match(restore.stdout, /Previous data kept at/);
    assert.deepEqual(readMembers(dataDir), [
      { email: 'admin@example.com', role: 'admin', status: 'active' },
      { email: 'owner@example.com', role: 'owner', status: 'active' },
    ]);
    assert.equal(fs.readFileSync(path.join(dataDir, 'blobs/avatars/a.webp'), 'utf8'), 'before');

    const migrate = await hearth(['migrate'], env);
    assert.equal(migrate.code, 0, migrate.stderr);
    assert.match(migrate.stdout, /up to date/);
  });

  it('refuses to restore while a server uses the data directory', async () => {
    const file = path.join(work, 'backups/hearth.sqlite');
    fs.writeFileSync(path.join(dataDir, 'hearth.pid'), `${process.pid}\n`);
    try {
      const run = await hearth(['restore', file, '--force'], env);
      assert.equal(run.code, 1);
      assert.match(run.stderr, new RegExp(`server \\(pid ${process.pid}\\) is using`));
    } finally {
      fs.rmSync(path.join(dataDir, 'hearth.pid'), { force: true });
    }
  });

  describe('bad input exits non-zero with a message on stderr', { concurrency: 2 }, () => {
    it('unknown command', async () => {
      const run = await hearth(['frobnicate'], env);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /unknown command 'frobnicate'/);
    });

    it('missing required option', async () => {
      const run = await hearth(['create-admin', '--email', 'x@example.com'], env);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /required option '--password <password>' not specified/);
    });

    it('invalid values name the options', async () => {
      const run = await hearth(
        ['setup', '--name', 'X', '--locale', 'fr', '--owner-email', 'nope', '--owner-password', 'short', '--owner-name', 'O'],
        {
          HEARTH_DATA_DIR: path.join(work, 'unused'),
        },
      );
      assert.equal(run.code, 2);
      assert.match(run.stderr, /--locale:/);
      assert.match(run.stderr, /--owner-email:/);
      assert.match(run.stderr, /--owner-password:/);
      assert.equal(run.stdout, '');
    });

    it('a weak password', async () => {
      const run = await hearth(['create-admin', '--email', 'weak@example.com', '--password', 'password123', '--name', 'W'], env);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /weak_password/);
    });

    it('a second setup', async () => {
      const run = await hearth(
        [
          'setup',
          '--name',
          'X',
          '--locale',
          'en',
          '--owner-email',
          'o2@example.com',
          '--owner-password',
          'correct horse battery',
          '--owner-name',
          'O',
        ],
        env,
      );
      assert.equal(run.code, 2);
      assert.match(run.stderr, /already_set_up/);
    });

    it('a backup over an existing file without --force', async () => {
      const file = path.join(work, 'exists.sqlite');
      fs.writeFileSync(file, '');
      const run = await hearth(['backup', file], env);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /already exists; pass --force/);
    });

    it('restoring something that is not a Hearth backup', async () => {
      const file = path.join(work, 'not-a-db.sqlite');
      fs.writeFileSync(file, 'hello');
      const run = await hearth(['restore', file, '--force'], env);
      assert.equal(run.code, 1);
      assert.match(run.stderr, /is not an SQLite database/);
    });

    it('a bad configuration variable', async () => {
      const run = await hearth(['migrate'], { ...env, HEARTH_PORT: 'eighty' });
      assert.equal(run.code, 78);
      assert.match(run.stderr, /HEARTH_PORT/);
    });

    it('backup on PostgreSQL points to pg_dump', async () => {
      const run = await hearth(['backup', path.join(work, 'pg.dump')], {
        ...env,
        HEARTH_DATABASE_URL: 'postgres://hearth@127.0.0.1:1/hearth',
      });
      assert.equal(run.code, 1);
      assert.match(run.stderr, /pg_dump --format=custom/);
    });
  });
});
