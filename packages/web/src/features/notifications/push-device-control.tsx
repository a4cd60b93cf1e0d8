import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { BellOff, BellRing, Smartphone } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Button, Skeleton, useToast } from '../../ui';
import { readPushState, turnOffPush, turnOnPush, type PushState } from './push-device';

const pushStateKey = ['browser', 'push-state'] as const;

/**
 * "Push on this device": the browser's own state (on / off / blocked / unsupported) with a
 * button to turn it on (asking for permission only then) or off.
 */
export function PushDeviceControl() {
  const { t } = useTranslation('notifications');
  const queryClient = useQueryClient();
  const toast = useToast();
  const errorText = useErrorText();
  const state = useQuery({ queryKey: pushStateKey, queryFn: readPushState, staleTime: Infinity });
  const change = useMutation({
    mutationFn: (on: boolean) => (on ? turnOnPush() : turnOffPush()),
    onSuccess: (next: PushState, on) => {
      queryClient.setQueryData(pushStateKey, next);
      if (next === 'on') toast.show({ tone: 'success', title: t('settings.push.turnedOn') });
      else if (!on) toast.show({ tone: 'success', title: t('settings.push.turnedOff') });
      else toast.show({ tone: 'neutral', title: t('settings.push.denied') });
    },
    onError: (error, on) => {
      void queryClient.invalidateQueries({ queryKey: pushStateKey });
      // The browser's own failures (no push service, aborted) are not API problems.
      toast.show({ tone: 'danger', title: on && error instanceof DOMException ? t('settings.push.failed') : errorText(error) });
    },
  });

  const current = state.data;
  return (
    <div className="flex flex-col gap-2 border-t border-border pt-4">
      <h3 className="flex items-center gap-2 font-semibold">
        <Smartphone className="size-4 text-text-muted" aria-hidden="true" />
        {t('settings.push.title')}
      </h3>
      <p className="text-sm text-text-muted">{t('settings.push.hint')}</p>
      {state.isPending && <Skeleton className="h-11 w-56" />}
      {current === 'unsupported' && <Alert tone="info">{t('settings.push.unsupported')}</Alert>}
      {current === 'blocked' && <Alert tone="info">{t('settings.push.blocked')}</Alert>}
      {(current === 'on' || current === 'off') && (
        <div className="flex flex-wrap items-center gap-3">
          <p className="min-w-0 flex-1 basis-56">{current === 'on' ? t('settings.push.on') : t('settings.push.off')}</p>
          {current === 'on' ? (
            <Button
              variant="secondary"
              isLoading={change.isPending}
              icon={<BellOff className="size-5" aria-hidden="true" />}
              onClick={() => change.mutate(false)}
            >
              {t('settings.push.turnOff')}
            </Button>
          ) : (
            <Button
              isLoading={change.isPending}
              icon={<BellRing className="size-5" aria-hidden="true" />}
              onClick={() => change.mutate(true)}
            >
              {t('settings.push.turnOn')}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
