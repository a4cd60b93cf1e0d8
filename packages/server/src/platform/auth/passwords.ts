import os from 'node:os';
import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id at OWASP's recommended parameters (m=19 MiB, t=2, p=1). @node-rs/argon2 hashes
 * on libuv's thread pool, so logins never block the event loop.
 */
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * Hashing never blocks the event loop, but a login storm running one hash per core would
 * still starve it of CPU. At most cores−1 hashes run at once, so one core stays free for
 * every other request; the rest wait their turn in order.
 */
const MAX_CONCURRENT_HASHES = Math.max(1, os.availableParallelism() - 1);
let running = 0;
const waiting: (() => void)[] = [];

async function limited<T>(work: () => Promise<T>): Promise<T> {
  // A finishing hash hands its slot straight to the next waiter, so no newcomer can jump in.
  if (running >= MAX_CONCURRENT_HASHES) await new Promise<void>((resolve) => waiting.push(resolve));
  else running += 1;
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }
}

export const hashPassword = (password: string): Promise<string> => limited(() => hash(password, OPTIONS));

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await limited(() => verify(passwordHash, password));
  } catch {
    return false;
  }
}

/**
 * A hash computed once and verified against when an account does not exist, so a login
 * for an unknown email costs the same time as a wrong password (no enumeration by timing).
 */
let dummyHash: Promise<string> | null = null;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('hearth-dummy-password-for-timing');
  return dummyHash;
}

const COMMON = new Set([
  'password',
  'password1',
  'password123',
  '1234567890',
  '12345678910',
  'qwertyuiop',
  'iloveyou',
  'admin12345',
  'welcome123',
  'abc1234567',
  'qwerty1234',
  '1q2w3e4r5t',
  'aaaaaaaaaa',
  'letmein123',
  'passw0rd12',
  'football12',
]);

/** Rejects passwords that are common, one repeated character, or contain the email's name. */
export function isWeakPassword(password: string, email?: string): boolean {
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return true;
  if (new Set(lower).size <= 2) return true;
  if (/^\d+$/.test(password) && isSequential(password)) return true;
  const local = email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return true;
  return false;
}

function isSequential(digits: string): boolean {
  for (let i = 1; i < digits.length; i++) {
    const step = digits.charCodeAt(i) - digits.charCodeAt(i - 1);
    if (Math.abs(step) !== 1 && !(digits[i] === '0' && digits[i - 1] === '9')) return false;
  }
  return true;
}
