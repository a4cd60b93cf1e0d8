import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import { useErrorText } from '../../../app/use-error-text';
import { Alert } from '../../../ui';

const RANK_REFUSALS = ['outranked', 'own_role', 'last_owner', 'owner_required'] as const;
type RankRefusal = (typeof RANK_REFUSALS)[number];

function isRankRefusal(code: string): code is RankRefusal {
  return (RANK_REFUSALS as readonly string[]).includes(code);
}

/** Why the server refused a role or tier change: its own words, plus what to do about it. */
export function MemberRefusal({ error }: { error: unknown }) {
  const { t } = useTranslation('admin');
  const errorText = useErrorText();
  if (!error) return null;
  if (isApiError(error) && isRankRefusal(error.code)) {
    return (
      <Alert tone="danger" title={errorText(error)}>
        {t(`member.refusals.${error.code}`)}
      </Alert>
    );
  }
  return <Alert tone="danger">{errorText(error)}</Alert>;
}
