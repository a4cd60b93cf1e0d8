import type { SpaceList } from '@hearth/contracts';

export interface PositionChange {
  id: string;
  position: number;
}

/**
 * The position updates that move one item of an ordered list up (-1) or down (+1). The
 * list's own positions are reused, so a swap changes two items; positions that tie (the
 * server then orders by creation) are first renumbered 0, 1, 2 … so the move takes effect.
 */
export function positionsAfterMove<T extends { id: string; position: number }>(
  items: readonly T[],
  index: number,
  direction: -1 | 1,
): PositionChange[] {
  const target = index + direction;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [];
  const order = [...items];
  const [moved] = order.splice(index, 1);
  if (!moved) return [];
  order.splice(target, 0, moved);
  const positions = items.map((item) => item.position);
  const isStrictlyRising = positions.every((position, i) => i === 0 || position > positions[i - 1]!);
  const slots = isStrictlyRising ? positions : items.map((_, i) => i);
  return order.flatMap((item, i) => (item.position === slots[i] ? [] : [{ id: item.id, position: slots[i]! }]));
}

/** A position after every space of a section (or of the spaces outside any section), for a space moved into it. */
export function endPosition(list: SpaceList, sectionId: string | null): number {
  const positions = list.spaces.filter((space) => space.sectionId === sectionId).map((space) => space.position);
  return positions.length === 0 ? 0 : Math.min(10_000, Math.max(...positions) + 1);
}

/** The list with the given positions applied, for showing a move before the server confirms it. */
export function withPositions<T extends { id: string; position: number }>(items: readonly T[], changes: readonly PositionChange[]): T[] {
  const next = new Map(changes.map((change) => [change.id, change.position]));
  return items.map((item) => (next.has(item.id) ? { ...item, position: next.get(item.id)! } : item));
}
