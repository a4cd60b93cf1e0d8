import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const LANGUAGES = ['en', 'zh-TW', 'zh-CN'] as const;
const CHINESE = ['zh-TW', 'zh-CN'] as const;
/** Latin words that may appear in Chinese text: names and established acronyms. */
const ALLOWED_LATIN = new Set([
  'hearth',
  'vip',
  'email',
  'url',
  'qr',
  'pwa',
  'api',
  'markdown',
  'webp',
  'png',
  'jpeg',
  'gif',
  'csv',
  'http',
  'https',
]);
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const here = path.dirname(fileURLToPath(import.meta.url));

type Tree = { [key: string]: string | Tree };

/** `{a: {b: 'x'}}` → `[['a.b', 'x']]`. */
export function flatten(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const full = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [[full, value] as [string, string]] : flatten(value, full);
  });
}

/** Keys with plural suffixes folded (Chinese has only `_other`, English `_one` and `_other`). */
export function keySet(entries: [string, string][]): Set<string> {
  return new Set(entries.map(([key]) => key.replace(PLURAL_SUFFIX, '')));
}

export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((match) => match[1]!).sort();
}

/** Latin words in a Chinese string that are not allowed there (placeholders ignored). */
export function englishWords(text: string): string[] {
  const withoutPlaceholders = text.replace(/\{\{[^}]*\}\}/g, ' ');
  return (withoutPlaceholders.match(/[A-Za-z][A-Za-z'-]*/g) ?? []).filter((word) => !ALLOWED_LATIN.has(word.toLowerCase()));
}

function difference(a: Set<string>, b: Set<string>): string[] {
  return [...a].filter((key) => !b.has(key)).sort();
}

function readNamespace(language: string, namespace: string): [string, string][] {
  return flatten(JSON.parse(fs.readFileSync(path.join(here, language, `${namespace}.json`), 'utf8')) as Tree);
}

const namespaces = [
  ...new Set(LANGUAGES.flatMap((language) => fs.readdirSync(path.join(here, language)).filter((file) => file.endsWith('.json')))),
]
  .map((file) => file.replace(/\.json$/, ''))
  .sort();

describe('locale files', () => {
  it('exist for at least the common namespace', () => {
    assert.ok(namespaces.includes('common'), `namespaces found: ${namespaces.join(', ')}`);
  });

  for (const namespace of namespaces) {
    describe(namespace, () => {
      it('exists in every language', () => {
        for (const language of LANGUAGES) {
          assert.ok(fs.existsSync(path.join(here, language, `${namespace}.json`)), `${language}/${namespace}.json is missing`);
        }
      });

      it('has the same keys in every language', () => {
        const english = keySet(readNamespace('en', namespace));
        for (const language of CHINESE) {
          const other = keySet(readNamespace(language, namespace));
          assert.deepEqual(difference(english, other), [], `${language}/${namespace} lacks keys that en has`);
          assert.deepEqual(difference(other, english), [], `${language}/${namespace} has keys that en lacks`);
        }
      });

      it('has no empty strings', () => {
        for (const language of LANGUAGES) {
          const empty = readNamespace(language, namespace)
            .filter(([, value]) => value.trim() === '')
            .map(([key]) => key);
          assert.deepEqual(empty, [], `${language}/${namespace} has empty values`);
        }
      });

      it('uses the same placeholders in every language', () => {
        const english = new Map(
          readNamespace('en', namespace).map(([key, value]) => [key.replace(PLURAL_SUFFIX, ''), placeholders(value)]),
        );
        for (const language of CHINESE) {
          for (const [key, value] of readNamespace(language, namespace)) {
            assert.deepEqual(
              placeholders(value),
              english.get(key.replace(PLURAL_SUFFIX, '')),
              `${language}/${namespace}:${key} placeholders differ from en`,
            );
          }
        }
      });

      it('has no untranslated English in Chinese', () => {
        for (const language of CHINESE) {
          const offenders = readNamespace(language, namespace)
            .map(([key, value]) => [key, englishWords(value)] as const)
            .filter(([, words]) => words.length > 0)
            .map(([key, words]) => `${key}: ${words.join(' ')}`);
          assert.deepEqual(offenders, [], `${language}/${namespace} contains English`);
        }
      });
    });
  }
});

describe('the checks themselves', () => {
  it('catch English words but allow names and placeholders', () => {
    assert.deepEqual(englishWords('請 sign in 後繼續'), ['sign', 'in']);
    assert.deepEqual(englishWords('使用 Hearth 的 API 與 {{email}}'), []);
  });

  it('catch missing and extra keys', () => {
    const en = keySet([
      ['a', 'A'],
      ['b.c_one', 'x'],
      ['b.c_other', 'y'],
    ]);
    const zh = keySet([
      ['a', '甲'],
      ['b.c_other', '乙'],
      ['d', '丙'],
    ]);
    assert.deepEqual(difference(en, zh), []);
    assert.deepEqual(difference(zh, en), ['d']);
  });

  it('read placeholders with formats', () => {
    assert.deepEqual(placeholders('{{count, number}} 位 {{name}}'), ['count', 'name']);
  });
});
