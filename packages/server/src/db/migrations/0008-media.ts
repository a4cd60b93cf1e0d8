import type { Kysely } from 'kysely';

/**
 * Media: uploaded images (re-encoded, stored in the blobs port) and the cached link
 * previews of URLs posted on their own line. A preview's image is an upload without owner.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const ms = 'bigint';
  await db.schema
    .createTable('upload')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // Null for images Hearth stored itself (a link preview's og:image).
    .addColumn('owner_id', 'text', (c) => c.references('member.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('blob_key', 'text', (c) => c.notNull().unique())
    // Random part of the URL: ids are UUIDv7 (time-ordered), so the id alone is guessable.
    .addColumn('token', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', ms, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('upload_by_owner').on('upload').columns(['owner_id', 'created_at']).execute();

  await db.schema
    .createTable('link_preview')
    // SHA-256 of the normalised URL: URLs can be longer than an index likes.
    .addColumn('url_hash', 'text', (c) => c.primaryKey())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('description', 'text')
    .addColumn('site_name', 'text')
    .addColumn('image_upload_id', 'text', (c) => c.references('upload.id'))
    .addColumn('requested_at', ms, (c) => c.notNull())
    .addColumn('fetched_at', ms)
    .addColumn('expires_at', ms, (c) => c.notNull())
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
