import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import zlib from 'node:zlib';
import fc from 'fast-check';
import { acceptsDeflate, adler32, adler32Combine, DeflatedPart, zlibStream, type Piece } from './deflate-pieces.js';

describe('deflate from pieces', () => {
  it('inflates to the pieces’ bytes in order, whatever mix of plain and compressed parts', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            text: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.constantFrom('x'.repeat(20_000), '好'.repeat(30_000))),
            isDeflated: fc.boolean(),
          }),
          { maxLength: 12 },
        ),
        (parts) => {
          const pieces: Piece[] = parts.map(({ text, isDeflated }) =>
            isDeflated ? new DeflatedPart(Buffer.from(text)) : Buffer.from(text),
          );
          const expected = parts.map((p) => p.text).join('');
          assert.equal(zlib.inflateSync(zlibStream(pieces)).toString(), expected);
        },
      ),
    );
  });

  it('splits plain parts longer than a stored block can hold', () => {
    const big = Buffer.alloc(200_000, 'a');
    const stream = zlibStream([new DeflatedPart(Buffer.from('{"x":"')), big, Buffer.from('"}')]);
    assert.equal(zlib.inflateSync(stream).length, 200_008);
  });

  it('combines checksums as zlib does', () => {
    const a = Buffer.from('第 1 則：推薦《三體》'.repeat(50));
    const b = Buffer.from('**非常好看**。'.repeat(3000));
    assert.equal(adler32Combine(adler32(a), adler32(b), b.length), adler32(Buffer.concat([a, b])));
    assert.equal(adler32(b), zlib.deflateSync(b).readUInt32BE(zlib.deflateSync(b).length - 4));
  });

  it('reads Accept-Encoding', () => {
    assert.equal(acceptsDeflate('gzip, deflate, br, zstd'), true);
    assert.equal(acceptsDeflate('gzip;q=1.0, deflate;q=0.5'), true);
    assert.equal(acceptsDeflate('deflate;q=0'), false);
    assert.equal(acceptsDeflate('gzip, br'), false);
    assert.equal(acceptsDeflate(undefined), false);
  });
});
