import { Badge } from '../../../ui';
import { useMemberLevel } from './earning-queries';

/** The member's level name (e.g. 常客), as the owner named it; nothing until it is known. Needs no namespace of its own. */
export function LevelBadge({ memberId }: { memberId: string }) {
  const level = useMemberLevel(memberId);
  if (!level.data) return null;
  return (
    <span title={`${level.data.xp} XP`} data-testid="level-badge" className="inline-flex">
      <Badge tone="accent">{level.data.name}</Badge>
    </span>
  );
}
