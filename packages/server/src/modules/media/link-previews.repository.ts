import type { DbOrTx } from '../../db/database.js';
import type { LinkPreviewTable } from '../../db/schema.js';

export type LinkPreviewRow = LinkPreviewTable;

export async function findLinkPreview(db: DbOrTx, urlHash: string): Promise<LinkPreviewRow | undefined> {
  return db.selectFrom('linkPreview').selectAll().where('urlHash', '=', urlHash).executeTakeFirst();
}

/** Inserts a pending preview unless one exists (two posts of one URL may race). True when inserted. */
export async function insertPendingPreview(db: DbOrTx, row: { urlHash: string; url: string; now: number }): Promise<boolean> {
  const result = await db
    .insertInto('linkPreview')
    .values({
      urlHash: row.urlHash,
      url: row.url,
      status: 'pending',
      title: null,
      description: null,
      siteName: null,
      imageUploadId: null,
      requestedAt: row.now,
      fetchedAt: null,
      expiresAt: row.now,
    })
    .onConflict((oc) => oc.column('urlHash').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function markPreviewRequested(db: DbOrTx, urlHash: string, now: number): Promise<void> {
  await db.updateTable('linkPreview').set({ requestedAt: now }).where('urlHash', '=', urlHash).execute();
}

export async function savePreview(
  db: DbOrTx,
  urlHash: string,
  values: Pick<LinkPreviewRow, 'status' | 'title' | 'description' | 'siteName' | 'imageUploadId' | 'fetchedAt' | 'expiresAt'>,
): Promise<void> {
  await db.updateTable('linkPreview').set(values).where('urlHash', '=', urlHash).execute();
}
