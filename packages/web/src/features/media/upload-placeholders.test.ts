import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { caretIn, insertionRange, insertUpload, settleUpload, uploadToken, type Caret } from './upload-placeholders';

const token = (i: number) => uploadToken('uploading…', `id${i}x`);
const image = (i: number) => `![photo-${i}](/api/uploads/m/p${i}.64x48.webp)`;
const at = (text: string, pos = text.length, end = pos): Caret => ({ text, start: pos, end });
const count = (text: string, part: string) => text.split(part).length - 1;

/**
 * What the hook does, without React: the text, the tracked caret, and the edits of picking a
 * file, an upload ending, and typing. `caretFor` says which caret an event sees (the tracked
 * one, one read from an older text as a lagging text area would give, or none).
 */
class Composer {
  text = '';
  caret: Caret | null = at('');
  private previous: Caret | null = null;

  constructor(private readonly caretFor: 'tracked' | 'stale' | 'none' = 'tracked') {}

  private seen(): Caret | null {
    if (this.caretFor === 'none') return null;
    return caretIn(this.text, this.caretFor === 'stale' ? this.previous : this.caret, this.caretFor === 'stale' ? null : this.caret);
  }

  private apply(next: { text: string; caret: Caret | null }) {
    this.previous = this.caret;
    this.text = next.text;
    this.caret = next.caret;
  }

  pick(i: number) {
    this.apply(insertUpload(this.text, this.seen(), token(i)));
  }

  finish(i: number, isOk = true) {
    const result = settleUpload(this.text, this.seen(), token(i), isOk ? image(i) : '');
    this.apply(result);
    return result.isFound;
  }

  /** Types `word` at the tracked caret (where the member's caret is), replacing a selection. */
  type(word: string) {
    const caret = caretIn(this.text, this.caret) ?? at(this.text);
    const text = this.text.slice(0, caret.start) + word + this.text.slice(caret.end);
    this.apply({ text, caret: at(text, caret.start + word.length) });
  }

  moveCaret(start: number, end = start) {
    this.caret = at(this.text, start, end);
  }
}

/** Every order of `events` (a permutation) in which each upload ends after it was picked and files are picked in order. */
function interleavings(n: number): string[][] {
  const events = [...Array.from({ length: n }, (_, i) => `P${i}`), ...Array.from({ length: n }, (_, i) => `F${i}`)];
  const out: string[][] = [];
  const walk = (done: string[], left: string[]) => {
    if (left.length === 0) return void out.push(done);
    for (const event of left) {
      const i = Number(event.slice(1));
      const isReady = event[0] === 'P' ? i === 0 || done.includes(`P${i - 1}`) : done.includes(`P${i}`);
      if (isReady)
        walk(
          [...done, event],
          left.filter((e) => e !== event),
        );
    }
  };
  walk([], events);
  return out;
}

/** A small seeded generator, so a failing case can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

describe('upload placeholders', () => {
  it('gives each upload its own token', () => {
    assert.equal(uploadToken('上傳中…', 'k3f9x2'), '![上傳中… k3f9x2]()');
  });

  it('uses a caret only on the text it was read from', () => {
    const fresh = at('ab', 1);
    assert.equal(caretIn('ab', null, at('a', 1), fresh), fresh);
    assert.equal(caretIn('ab', at('abc', 1)), null);
    assert.deepEqual(insertionRange('ab', at('xy', 1)), { start: 2, end: 2 }, 'a caret from another text: the end');
    assert.deepEqual(insertionRange('ab', null), { start: 2, end: 2 });
    assert.deepEqual(insertionRange('abc', at('abc', 1, 2)), { start: 1, end: 2 }, 'a plain selection is replaced');
    assert.deepEqual(insertionRange('abc', at('abc', 9)), { start: 3, end: 3 }, 'clamped');
  });

  it('never inserts inside an image or a placeholder, nor replaces a selection touching one', () => {
    const text = `intro\n${image(1)}\n${token(2)}\nend`;
    const imageStart = text.indexOf('![photo');
    const imageEnd = imageStart + image(1).length;
    const tokenStart = text.indexOf(token(2));
    assert.deepEqual(insertionRange(text, at(text, imageStart + 5)), { start: imageEnd, end: imageEnd });
    assert.deepEqual(insertionRange(text, at(text, tokenStart + 3)), {
      start: tokenStart + token(2).length,
      end: tokenStart + token(2).length,
    });
    assert.deepEqual(insertionRange(text, at(text, 2, tokenStart + 4)), {
      start: tokenStart + token(2).length,
      end: tokenStart + token(2).length,
    });
    assert.deepEqual(insertionRange(text, at(text, imageStart)), { start: imageStart, end: imageStart }, 'just before it is fine');
    const inserted = insertUpload(text, at(text, tokenStart + 3), token(3));
    assert.equal(count(inserted.text, token(2)), 1);
    assert.equal(count(inserted.text, image(1)), 1);
  });

  it('puts the placeholder on a line of its own and the caret after it', () => {
    assert.deepEqual(insertUpload('ab', at('ab', 1), token(1)), {
      text: `a\n${token(1)}\nb`,
      caret: at(`a\n${token(1)}\nb`, 3 + token(1).length),
    });
  });

  it('replaces the token wherever it moved, keeping the caret relative to the words around it', () => {
    const text = `intro\n${token(1)}\nend`;
    const done = settleUpload(text, at(text), token(1), image(1));
    assert.equal(done.text, `intro\n${image(1)}\nend`);
    assert.deepEqual(done.caret, at(done.text), 'still at the end');
    assert.deepEqual(settleUpload(text, at(text, 2), token(1), image(1)).caret, at(done.text, 2), 'before it: unchanged');
    assert.deepEqual(settleUpload(text, at(text, 9), token(1), image(1)).caret, at(done.text, 6 + image(1).length), 'inside: after it');
    assert.equal(settleUpload(text, at('older'), token(1), image(1)).caret, null, 'a caret from another text is dropped');
    const failed = settleUpload(text, at(text), token(1), '');
    assert.equal(failed.text, 'intro\nend', 'a failed upload takes its line with it');
    assert.deepEqual(failed.caret, at('intro\nend'));
  });

  it('leaves the text alone when the member deleted the placeholder', () => {
    const result = settleUpload('intro\n', at('intro\n', 3), token(1), image(1));
    assert.deepEqual(result, { text: 'intro\n', caret: at('intro\n', 3), isFound: false });
  });

  it('does not split an image when the text area still shows the text before it was placed (the CI failure)', () => {
    // The first file's placeholder; the text area's caret after it.
    const shown = insertUpload('', at(''), token(1)).text;
    const domCaret = at(shown);
    // Its upload ends: the state has the image, the text area has not re-rendered yet.
    const state = settleUpload(shown, domCaret, token(1), image(1)).text;
    // The second file is picked in between: its caret counts in the older, shorter text.
    const next = insertUpload(state, caretIn(state, domCaret), token(2)).text;
    assert.equal(next, `${image(1)}\n${token(2)}\n`);
  });

  for (const caretFor of ['tracked', 'stale', 'none'] as const) {
    it(`loses and duplicates nothing in any order of 3 uploads, typing between (${caretFor} caret)`, () => {
      const orders = interleavings(3);
      assert.equal(orders.length, 15);
      let cases = 0;
      for (const order of orders)
        for (let outcomes = 0; outcomes < 8; outcomes++)
          for (const isTyping of [false, true]) {
            const isOk = (i: number) => (outcomes & (1 << i)) === 0;
            const composer = new Composer(caretFor);
            const words: string[] = [];
            composer.type('Hello ');
            for (const event of order) {
              const i = Number(event.slice(1));
              if (event[0] === 'P') composer.pick(i);
              else assert.ok(composer.finish(i, isOk(i)), `${order.join(' ')}: ${token(i)} was not found in ${composer.text}`);
              if (isTyping) {
                words.push(`w${words.length}`);
                composer.type(words.at(-1)!);
              }
            }
            const label = `${order.join(' ')} outcomes=${outcomes} typing=${isTyping}: ${JSON.stringify(composer.text)}`;
            assert.doesNotMatch(composer.text, /uploading…/, label);
            for (let i = 0; i < 3; i++) {
              assert.equal(count(composer.text, image(i)), isOk(i) ? 1 : 0, label);
              if (isOk(i)) assert.ok(composer.text.split('\n').includes(image(i)), `${label}: image ${i} on a line of its own`);
            }
            for (const word of ['Hello', ...words]) assert.equal(count(composer.text, word), 1, label);
            cases += 1;
          }
      assert.equal(cases, 15 * 8 * 2);
    });
  }

  it('keeps every image through random picks, endings, typing and caret moves (seeded)', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const next = random(seed);
      const pick = (n: number) => Math.floor(next() * n);
      const composer = new Composer(next() < 0.5 ? 'tracked' : 'stale');
      const pending: number[] = [];
      const outcome = new Map<number, boolean>();
      const words: string[] = [];
      let picked = 0;
      const log: string[] = [];
      while (picked < 6 || pending.length > 0) {
        const roll = next();
        if (picked < 6 && (roll < 0.3 || pending.length === 0)) {
          composer.pick(picked);
          pending.push(picked);
          log.push(`pick ${picked}`);
          picked += 1;
        } else if (roll < 0.6) {
          const i = pending.splice(pick(pending.length), 1)[0]!;
          const isOk = next() < 0.8;
          outcome.set(i, isOk);
          log.push(`end ${i} ${isOk ? 'ok' : 'failed'}`);
          assert.ok(composer.finish(i, isOk), `seed ${seed}: ${log.join(', ')}`);
        } else if (roll < 0.85) {
          words.push(`w${words.length}`);
          log.push(`type ${words.at(-1)}`);
          composer.type(words.at(-1)!);
        } else {
          // Anywhere outside an image or a placeholder (a click inside one and typing would be
          // the member editing it), sometimes as a selection that typing then replaces.
          const spans = [...composer.text.matchAll(/!\[[^\]\n]*\]\([^)\s]*\)|w\d+|Hello/g)].map((m) => [m.index, m.index + m[0].length]);
          const outside = [...Array(composer.text.length + 1).keys()].filter((p) => !spans.some(([s, e]) => s! < p && p < e!));
          const start = outside[pick(outside.length)]!;
          const isSelection = next() < 0.3;
          const end = isSelection ? (outside.find((p) => p > start && /^\s*$/.test(composer.text.slice(start, p))) ?? start) : start;
          log.push(`caret ${start}-${end}`);
          composer.moveCaret(start, end);
        }
      }
      const label = `seed ${seed}: ${log.join(', ')} → ${JSON.stringify(composer.text)}`;
      assert.doesNotMatch(composer.text, /uploading…/, label);
      for (const [i, isOk] of outcome) assert.equal(count(composer.text, image(i)), isOk ? 1 : 0, label);
      assert.deepEqual((composer.text.match(/w\d+/g) ?? []).sort(), [...words].sort(), `${label}: what was typed`);
    }
  });

  it('drops only the image whose placeholder the member deleted, in any order of endings', () => {
    for (const order of interleavings(3).filter((o) => o.slice(0, 3).every((e) => e[0] === 'P')))
      for (const deleted of [0, 1, 2]) {
        const composer = new Composer();
        composer.type('Hello\n');
        for (const event of order.slice(0, 3)) composer.pick(Number(event.slice(1)));
        composer.type('bye');
        const from = composer.text.indexOf(token(deleted));
        composer.moveCaret(from, from + token(deleted).length + 1);
        composer.type('');
        for (const event of order.slice(3)) {
          const i = Number(event.slice(1));
          assert.equal(composer.finish(i), i !== deleted);
        }
        for (let i = 0; i < 3; i++) assert.equal(count(composer.text, image(i)), i === deleted ? 0 : 1, composer.text);
        assert.match(composer.text, /^Hello\n[\s\S]*bye$/);
      }
  });

  it('replaces a placeholder the member cut and pasted elsewhere, at its new place', () => {
    const composer = new Composer();
    composer.type('top\n');
    composer.pick(1);
    composer.type('bottom');
    const moved = composer.text.replace(`${token(1)}\n`, '') + `\n${token(1)}`;
    composer.text = moved;
    composer.moveCaret(moved.length);
    composer.finish(1);
    assert.equal(composer.text, `top\nbottom\n${image(1)}`);
  });
});
