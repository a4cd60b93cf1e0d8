/**
 * A community on a fresh SQLite data directory, built in-process through the services:
 * the owner and `members` members, each with a session token (no password hashing, so
 * thousands are quick). Close the app before starting a server process on the directory.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp, type HearthApp } from '../../packages/server/src/app/build-app.js';
import { loadConfig } from '../../packages/server/src/config/config.js';
import { withTransaction } from '../../packages/server/src/db/database.js';
import { createLogger } from '../../packages/server/src/platform/logger.js';

export interface SeededCommunity {
  dataDir: string;
  ownerToken: string;
  ownerId: string;
  memberIds: string[];
  memberTokens: string[];
}

export async function seedCommunity(
  members: number,
  more: (hearth: HearthApp, seeded: SeededCommunity) => Promise<void> = async () => undefined,
): Promise<SeededCommunity> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-bench-'));
  const hearth = await buildApp(loadConfig({ HEARTH_DATA_DIR: dataDir, HEARTH_ROLES: 'api', HEARTH_SQLITE_SYNCHRONOUS: 'NORMAL' }), {
    logger: createLogger('silent'),
  });
  try {
    await hearth.modules.system.setup(
      {
        community: { name: 'Bench', locale: 'zh-TW' },
        owner: { email: 'owner@bench.test', password: 'bench passphrase 123', displayName: 'Owner' },
        demo: false,
      },
      null,
    );
    const owner = (await hearth.modules.members.service.findByEmail(hearth.platform.db, 'owner@bench.test'))!;
    const memberIds: string[] = [];
    await withTransaction(hearth.platform.db, async (tx) => {
      for (let i = 0; i < members; i++) {
        const member = await hearth.modules.members.service.createMember(tx, {
          email: `m${i}@bench.test`,
          displayName: `成員 ${i}`,
          role: 'member',
          status: 'active',
          locale: 'zh-TW',
          timeZone: 'Asia/Taipei',
        });
        memberIds.push(member.id);
      }
    });
    const sessions = hearth.modules.identity.sessions;
    const memberTokens: string[] = [];
    for (const id of memberIds) memberTokens.push(await sessions.create(hearth.platform.db, id, 'bench'));
    const seeded = {
      dataDir,
      ownerId: owner.id,
      ownerToken: await sessions.create(hearth.platform.db, owner.id, 'bench'),
      memberIds,
      memberTokens,
    };
    await more(hearth, seeded);
    return seeded;
  } finally {
    await hearth.close();
  }
}
