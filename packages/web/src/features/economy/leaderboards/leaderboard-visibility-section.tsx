import { leaderboardRoutes } from '@hearth/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { routeKey } from '../../../api/api-query';
import { call } from '../../../api/client';
import { useErrorText } from '../../../app/use-error-text';
import { Checkbox, SectionCard, Skeleton, useToast } from '../../../ui';
import { leaderboardVisibilityQuery } from './leaderboard-queries';

/** Settings: whether the member appears on the leaderboards; saved on change, rolled back if refused. */
export function LeaderboardVisibilitySection() {
  const { t } = useTranslation('badges');
  const toast = useToast();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const visibility = useQuery(leaderboardVisibilityQuery);
  const save = useMutation({
    mutationFn: (isHidden: boolean) => call(leaderboardRoutes.setLeaderboardVisibility, { body: { isHidden } }),
    onMutate: (isHidden) => {
      const previous = visibility.data;
      queryClient.setQueryData(leaderboardVisibilityQuery.queryKey, { isHidden });
      return { previous };
    },
    onSuccess: async (saved) => {
      queryClient.setQueryData(leaderboardVisibilityQuery.queryKey, saved);
      await queryClient.invalidateQueries({ queryKey: routeKey(leaderboardRoutes.leaderboard) });
      toast.show({ title: t('visibility.saved'), tone: 'success' });
    },
    onError: (error, _value, context) => {
      if (context?.previous) queryClient.setQueryData(leaderboardVisibilityQuery.queryKey, context.previous);
      toast.show({ title: t('visibility.failed', { reason: errorText(error) }), tone: 'danger' });
    },
  });
  return (
    <SectionCard title={t('visibility.title')} description={t('visibility.description')}>
      {visibility.isPending ? (
        <Skeleton className="h-11 w-full" />
      ) : (
        <Checkbox
          label={t('visibility.label')}
          hint={t('visibility.hint')}
          checked={!(visibility.data?.isHidden ?? false)}
          disabled={save.isPending}
          onChange={(event) => save.mutate(!event.target.checked)}
        />
      )}
    </SectionCard>
  );
}
