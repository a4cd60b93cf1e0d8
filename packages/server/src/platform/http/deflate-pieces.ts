import zlib from 'node:zlib';

/**
 * `Content-Encoding: deflate` (a zlib stream, RFC 1950/1951) assembled from pieces, so a
 * response made of cached parts is compressed once per part rather than once per request.
 * A part compressed on its own, ending in a sync flush, is a run of non-final deflate blocks
 * that ends on a byte boundary; such runs can follow each other in one stream, since
 * back-references only reach into output already written. Bytes made per request between
 * such parts are stored as they are, or compressed on the spot when there are many. The
 * checksum (Adler-32) of the whole is combined from the parts' checksums.
 */
export class DeflatedPart {
  private compressed: { deflated: Buffer; adler: number } | null = null;

  /** Stands for `bytes`; compressed the first time a stream needs it, then kept. */
  constructor(readonly bytes: Buffer) {}

  /** The bytes as non-final deflate blocks ending in a sync flush, and their Adler-32. */
  get compressedForm(): { deflated: Buffer; adler: number } {
    this.compressed ??= {
      deflated: zlib.deflateRawSync(this.bytes, { finishFlush: zlib.constants.Z_SYNC_FLUSH }),
      adler: adler32(this.bytes),
    };
    return this.compressed;
  }
}

export type Piece = Buffer | DeflatedPart;

/** The bytes a piece stands for. */
export const bytesOf = (piece: Piece): Buffer => (Buffer.isBuffer(piece) ? piece : piece.bytes);

/**
 * Fewer plain bytes than this between compressed parts are stored as they are: starting a
 * compressor costs more than sending them (zlib allocates ~256 KiB of state per stream).
 */
const COMPRESS_FROM = 16 * 1024;

/** The zlib stream of the pieces' bytes in order. */
export function zlibStream(pieces: readonly Piece[]): Buffer {
  const out: Buffer[] = [ZLIB_HEADER];
  let adler = 1;
  let plain: Buffer[] = [];
  let plainLength = 0;
  const flushPlain = () => {
    if (plainLength >= COMPRESS_FROM) {
      addPart(new DeflatedPart(Buffer.concat(plain, plainLength)));
    } else if (plainLength > 0) {
      for (const bytes of plain) adler = adler32Combine(adler, adler32(bytes), bytes.length);
      pushStored(out, plain, plainLength);
    }
    plain = [];
    plainLength = 0;
  };
  const addPart = (part: DeflatedPart) => {
    const { deflated, adler: partAdler } = part.compressedForm;
    out.push(deflated);
    adler = adler32Combine(adler, partAdler, part.bytes.length);
  };
  for (const piece of pieces) {
    if (piece instanceof DeflatedPart) {
      flushPlain();
      addPart(piece);
      continue;
    }
    plain.push(piece);
    plainLength += piece.length;
  }
  flushPlain();
  const trailer = Buffer.alloc(4);
  trailer.writeUInt32BE(adler >>> 0);
  out.push(FINAL_EMPTY_BLOCK, trailer);
  return Buffer.concat(out);
}

/** Whether an Accept-Encoding header accepts `deflate`. */
export function acceptsDeflate(header: string | undefined): boolean {
  if (!header) return false;
  for (const entry of header.split(',')) {
    const [name = '', ...params] = entry.trim().toLowerCase().split(';');
    if (name.trim() !== 'deflate') continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  }
  return false;
}

// Deflate, 32 KiB window, no dictionary, default level; (0x78 << 8 | 0x01) % 31 === 0.
const ZLIB_HEADER = Buffer.from([0x78, 0x01]);
// BFINAL = 1, fixed Huffman codes, end of block: what zlib writes to finish an empty stream.
const FINAL_EMPTY_BLOCK = Buffer.from([0x03, 0x00]);
const MAX_STORED = 65_535;

/**
 * `parts` (`total` bytes in all) as stored blocks (BTYPE 00) of at most 65,535 bytes; the
 * stream is byte-aligned before each, after a sync flush or another stored block.
 */
function pushStored(out: Buffer[], parts: Buffer[], total: number): void {
  let index = 0;
  let offset = 0;
  for (let left = total; left > 0;) {
    const size = Math.min(MAX_STORED, left);
    const header = Buffer.alloc(5);
    header.writeUInt16LE(size, 1);
    header.writeUInt16LE(~size & 0xffff, 3);
    out.push(header);
    for (let need = size; need > 0;) {
      const part = parts[index]!;
      const take = Math.min(need, part.length - offset);
      out.push(offset === 0 && take === part.length ? part : part.subarray(offset, offset + take));
      offset += take;
      need -= take;
      if (offset === part.length) {
        index++;
        offset = 0;
      }
    }
    left -= size;
  }
}

const BASE = 65_521;
// The most bytes whose sums cannot overflow 2^53 before reducing: far more than zlib's 5552.
const NMAX = 1 << 20;

export function adler32(bytes: Buffer): number {
  let a = 1;
  let b = 0;
  for (let at = 0; at < bytes.length; at += NMAX) {
    const end = Math.min(bytes.length, at + NMAX);
    for (let i = at; i < end; i++) {
      a += bytes[i]!;
      b += a;
    }
    a %= BASE;
    b %= BASE;
  }
  return ((b << 16) | a) >>> 0;
}

/** The Adler-32 of two byte strings one after the other (zlib's adler32_combine). */
export function adler32Combine(first: number, second: number, secondLength: number): number {
  const rem = secondLength % BASE;
  let sum1 = first & 0xffff;
  let sum2 = (rem * sum1) % BASE;
  sum1 += (second & 0xffff) + BASE - 1;
  sum2 += ((first >>> 16) & 0xffff) + ((second >>> 16) & 0xffff) + BASE - rem;
  sum1 %= BASE;
  sum2 %= BASE;
  return ((sum2 << 16) | sum1) >>> 0;
}
