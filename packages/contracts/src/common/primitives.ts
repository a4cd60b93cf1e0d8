import { z } from 'zod';

/** Opaque identifier (UUIDv7 on the server; clients must not parse it). */
export const Id = z.string().min(1).max(64);
export type Id = z.infer<typeof Id>;

/** ISO 8601 UTC timestamp string. */
export const IsoTime = z.iso.datetime();
export type IsoTime = z.infer<typeof IsoTime>;

/** The three languages Hearth ships in. */
export const Locale = z.enum(['zh-TW', 'zh-CN', 'en']);
export type Locale = z.infer<typeof Locale>;
export const LOCALES = Locale.options;

/** Integer amount of points or chips; never fractional, never beyond 2^53. */
export const Amount = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** Email: trimmed, lower-cased, bounded. */
export const Email = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email())
  .transform((value) => value.toLowerCase());

/** A password of at least 10 characters that is not trivially weak (checked further on the server). */
export const Password = z.string().min(10).max(200);

export const DisplayName = z.string().trim().min(1).max(50);

/** An IANA time zone name such as Asia/Taipei. */
export const TimeZone = z
  .string()
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'invalid_time_zone');

/** Free text that must not contain control characters other than newlines and tabs. */
export const PlainText = (max: number) =>
  z
    .string()
    .max(max)
    // eslint-disable-next-line no-control-regex
    .refine((text) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text), 'control_characters');
