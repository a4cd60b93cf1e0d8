import type { SpamSignal } from '@hearth/contracts';
import { normalizedString, normalizeText } from '../normalize.js';
import { SPAM_LURES } from './spam-lures.js';

/**
 * The content signals of ad/spam detection: pure functions of one text. Contact details are
 * looked for in the word filter's normalised form (full-width, Traditional, look-alike
 * letters, inserted symbols and zero-width characters folded away) with Chinese numerals
 * turned into digits, so 壹叁捌…, １３８ and 1 3 8 read as the same number. Links and emails
 * need their punctuation, so they are looked for in the NFKC form with 。/点/dot folded to '.'.
 */
export interface ContentSignals {
  signals: SpamSignal[];
  /** How many links the text has (for link bursts across writes). */
  links: number;
}

/** Scores per signal. Chosen so one contact detail plus one lure, or a confident classifier, reaches the default hold score (40). */
export const SIGNAL_SCORES = {
  phone_number: 30,
  qq_number: 30,
  long_number: 10,
  wechat_id: 30,
  email: 20,
  link: 10,
  link_burst: 20,
  lure: 10,
  max_lures: 30,
} as const;

const NUMERALS: Record<string, string> = {
  零: '0',
  〇: '0',
  一: '1',
  幺: '1',
  壹: '1',
  二: '2',
  贰: '2',
  两: '2',
  三: '3',
  叁: '3',
  四: '4',
  肆: '4',
  五: '5',
  伍: '5',
  六: '6',
  陆: '6',
  七: '7',
  柒: '7',
  八: '8',
  捌: '8',
  九: '9',
  玖: '9',
};

/** The normalised text with runs of 5+ Chinese numerals turned into digits (一二 in prose stays). */
function digitFolded(normal: string): string {
  return normal.replace(/[零〇一幺壹二贰两三叁四肆五伍六陆七柒八捌九玖0-9]{5,}/g, (run) => [...run].map((c) => NUMERALS[c] ?? c).join(''));
}

const PHONE = /(?<![0-9])1[3-9][0-9]{9}(?![0-9])/;
const QQ_CONTEXT = /(?:qq|扣扣|企鹅|球球|q号|群号|加群|进群|群)[:：]?[0-9]{5,11}/;
const LONG_NUMBER = /[0-9]{7,}/;
const WECHAT = /(?:wx|vx|weixin|微信|v信|薇信|威信|wechat|加v|微)(?:号)?([a-z][a-z0-9]{5,19})/;
const EMAIL = /[a-z0-9._%+-]+\s*(?:@|\(at\)|\[at\])\s*[a-z0-9-]+(?:\s*\.\s*[a-z0-9-]+)*\s*\.\s*[a-z]{2,10}\b/i;
const TLDS = 'com|net|org|cn|top|xyz|vip|cc|io|me|co|info|shop|site|club|link|app|tk|ml|icu|fun|live|store|online|pw|ws|la|tv';
const LINK = new RegExp(`(?:https?://\\S+|www\\.\\S+|\\b[a-z0-9][a-z0-9-]{1,62}\\s?\\.\\s?(?:${TLDS})\\b)`, 'gi');

/** The signals of `text` (several fields may be joined with newlines). */
export function contentSignals(text: string): ContentSignals {
  const signals: SpamSignal[] = [];
  // Repeats are kept: 13800138000 is not 13801380.
  const normal = digitFolded(normalizedString(normalizeText(text, { collapse: false })));
  const phone = PHONE.exec(normal);
  if (phone) signals.push({ kind: 'phone_number', score: SIGNAL_SCORES.phone_number, detail: mask(phone[0]) });
  const qq = QQ_CONTEXT.exec(normal);
  if (qq) signals.push({ kind: 'qq_number', score: SIGNAL_SCORES.qq_number, detail: mask(qq[0]) });
  else if (!phone) {
    const long = LONG_NUMBER.exec(normal);
    if (long) signals.push({ kind: 'qq_number', score: SIGNAL_SCORES.long_number, detail: mask(long[0]) });
  }
  const wechat = WECHAT.exec(normal);
  if (wechat) signals.push({ kind: 'wechat_id', score: SIGNAL_SCORES.wechat_id, detail: mask(wechat[0]) });
  const plain = linkForm(text);
  const email = EMAIL.exec(plain);
  if (email) signals.push({ kind: 'email', score: SIGNAL_SCORES.email, detail: mask(email[0].replace(/\s+/g, '')) });
  const withoutEmail = email ? plain.replace(email[0], ' ') : plain;
  const links = [...withoutEmail.matchAll(LINK)].length;
  if (links > 0) signals.push({ kind: 'link', score: SIGNAL_SCORES.link, detail: String(links) });
  if (links >= 3) signals.push({ kind: 'link_burst', score: SIGNAL_SCORES.link_burst, detail: String(links) });
  const lures = SPAM_LURES.filter((lure) => normal.includes(lure));
  if (lures.length > 0)
    signals.push({
      kind: 'lure',
      score: Math.min(SIGNAL_SCORES.max_lures, lures.length * SIGNAL_SCORES.lure),
      detail: lures.slice(0, 8).join(' '),
    });
  return { signals, links };
}

/** NFKC, lower case, and the ways a dot is spelled out in obfuscated domains folded to '.'. */
function linkForm(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/\s*(?:。|｡|点|點|dot|\(\.\)|\[\.\])\s*/g, '.');
}

/** What a moderator sees of a number or ID: enough to recognise it, not a copy to spread (1380****000). */
function mask(found: string): string {
  if (found.length <= 6) return found;
  return `${found.slice(0, Math.ceil(found.length / 3))}****${found.slice(-3)}`;
}
