import fs from 'node:fs';

/**
 * CPU seconds (user + system) a process has used so far, from /proc. On a shared machine a
 * bench's throughput depends on its neighbours; the server's CPU time per request does not.
 */
export function processCpuSeconds(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces), counted from field 3 (state).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return ticks / 100;
}
