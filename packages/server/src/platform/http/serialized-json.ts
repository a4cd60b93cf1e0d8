import { bytesOf, zlibStream, type Piece } from './deflate-pieces.js';

/**
 * A response body already serialised to its route's contract, for read paths that keep
 * their answer as bytes (the thread page's cache): `registerRoute` sends it as it is,
 * instead of serialising an object, deflated when the client accepts that (cached parts
 * are compressed once, not per request). Under test it is still parsed with the contract.
 */
export class SerializedJson {
  private bytes: Buffer | null = null;

  /** `pieces` in order make the JSON: plain bytes, or parts compressed ahead (see deflate-pieces.ts). */
  constructor(private readonly pieces: readonly Piece[]) {}

  /** The JSON itself. */
  get body(): Buffer {
    this.bytes ??= Buffer.concat(this.pieces.map(bytesOf));
    return this.bytes;
  }

  /** The JSON as a zlib stream (`Content-Encoding: deflate`). */
  deflated(): Buffer {
    return zlibStream(this.pieces);
  }
}
