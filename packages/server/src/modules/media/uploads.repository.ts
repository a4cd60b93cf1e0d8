import type { DbOrTx } from '../../db/database.js';
import type { UploadTable } from '../../db/schema.js';

export type UploadRow = UploadTable;

export async function insertUpload(db: DbOrTx, row: UploadRow): Promise<void> {
  await db.insertInto('upload').values(row).execute();
}

export async function findUpload(db: DbOrTx, id: string): Promise<UploadRow | undefined> {
  return db.selectFrom('upload').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function deleteUpload(db: DbOrTx, id: string): Promise<void> {
  await db.deleteFrom('upload').where('id', '=', id).execute();
}
