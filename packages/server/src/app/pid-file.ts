import fs from 'node:fs';
import path from 'node:path';

/**
 * `<dataDir>/hearth.pid` marks a server that uses the data directory, so `hearth restore`
 * can refuse to swap the SQLite file under a running server. A file left by a crash names
 * a dead process and is ignored.
 */
export const pidFilePath = (dataDir: string) => path.join(dataDir, 'hearth.pid');

export function writePidFile(dataDir: string): void {
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(pidFilePath(dataDir), `${process.pid}\n`);
}

/** Removes the pid file if it is this process's. */
export function removePidFile(dataDir: string): void {
  if (readLivePid(dataDir) === process.pid) fs.rmSync(pidFilePath(dataDir), { force: true });
}

/** The pid of a live server using `dataDir`, or null. */
export function readLivePid(dataDir: string): number | null {
  let pid: number;
  try {
    pid = Number.parseInt(fs.readFileSync(pidFilePath(dataDir), 'utf8'), 10);
  } catch {
    return null;
  }
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else — still a live server.
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}
