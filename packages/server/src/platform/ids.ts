import { v7 } from 'uuid';

/** Injected id source; UUIDv7 keeps ids time-ordered for cursor pages and indexes. */
export interface Ids {
  next(): string;
}
export const uuidV7Ids: Ids = { next: () => v7() };
