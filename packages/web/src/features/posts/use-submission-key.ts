import { useRef } from 'react';
import { newIdempotencyKey } from '../../api/idempotency';

/**
 * The `Idempotency-Key` of one submission: the same while the content is the same (so pressing
 * Send again after a dropped connection cannot post twice), a new one once the content changes.
 */
export function useSubmissionKey(content: string): string {
  const current = useRef<{ content: string; key: string } | null>(null);
  if (current.current?.content !== content) current.current = { content, key: newIdempotencyKey() };
  return current.current.key;
}
