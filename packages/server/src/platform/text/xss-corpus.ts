import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The fixture: one payload a line; `\n`, `\t` and `\\` stand for newline, tab and backslash. */
export const XSS_PAYLOADS_PATH = fileURLToPath(new URL('./fixtures/xss-payloads.txt', import.meta.url));

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', '\\': '\\' };

/** Decodes one fixture line; any other backslash stays, since payloads use Markdown escapes. */
function decodeLine(line: string): string {
  return line.replace(/\\([nt\\])/g, (_, code: string) => ESCAPES[code]!);
}

/**
 * Known XSS payloads (HTML, Markdown, URL-scheme, mention and topic tricks) for any test that
 * renders user-written text: every one must come out inert.
 */
export const XSS_PAYLOADS: string[] = readFileSync(XSS_PAYLOADS_PATH, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map(decodeLine);
