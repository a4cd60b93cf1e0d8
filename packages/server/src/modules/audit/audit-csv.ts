/**
 * RFC 4180 CSV: every field quoted when it holds a comma, quote, CR or LF (quotes doubled),
 * and fields a spreadsheet would run as a formula (= + - @ tab CR at the start) prefixed
 * with ' so opening an export never executes anything a member typed (CWE-1236).
 */
export function csvField(value: string | null): string {
  if (value === null) return '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvRow = (fields: readonly (string | null)[]): string => `${fields.map(csvField).join(',')}\r\n`;
