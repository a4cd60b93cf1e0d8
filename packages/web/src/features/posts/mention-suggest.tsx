import { memberRoutes, type MemberSummary } from '@hearth/contracts';
import { useQuery } from '@tanstack/react-query';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { apiQuery } from '../../api/api-query';
import { Avatar } from '../../ui';
import { insertMention, mentionAt, type MentionToken } from './mention-token';
import { useTokenSuggest, type EditorSuggest } from './token-suggest';

/** Members whose name matches what follows the `@` (the directory's search, 繁/简 alike). */
function useMatchingMembers(token: MentionToken | null): MemberSummary[] {
  const members = useQuery({
    ...apiQuery(memberRoutes.directory, { query: { q: token?.query ?? '', limit: 6 } }),
    enabled: token !== null,
    staleTime: 30_000,
  });
  return members.data?.items ?? [];
}

/** @mention autocomplete for a text area: `@` and part of a name lists matching members. */
export function useMentionSuggest(
  value: string,
  textarea: RefObject<HTMLTextAreaElement | null>,
  onChange: (value: string) => void,
): EditorSuggest {
  const { t } = useTranslation('spaces');
  return useTokenSuggest<MentionToken, MemberSummary>(value, textarea, onChange, {
    find: mentionAt,
    useItems: useMatchingMembers,
    insert: insertMention,
    itemKey: (member) => member.id,
    renderItem: (member) => (
      <>
        <Avatar name={member.displayName} src={member.avatarUrl} size="sm" isDecorative />
        {member.displayName}
      </>
    ),
    label: t('editor.mentionList'),
  });
}
