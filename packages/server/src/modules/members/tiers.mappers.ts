import type { Tier } from '@hearth/contracts';
import { z } from 'zod';
import { parseJson } from './members.mappers.js';
import type { TierRow } from './members.repository.js';

export function toTier(row: TierRow, memberCount?: number): Tier {
  return {
    id: row.id,
    name: row.name,
    rank: row.rank,
    description: row.description,
    perks: parseJson(z.array(z.string()), row.perks),
    isDefault: row.isDefault === 1,
    ...(memberCount !== undefined ? { memberCount } : {}),
  };
}
