import { ChevronLeft } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { paths } from '../../app/routes';
import { useDocumentTitle } from '../../app/use-document-title';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Button, Card, PageHeader, SkeletonText, TextArea } from '../../ui';
import { useAppeal, usePenalty } from './penalty-queries';
import { PenaltySummary } from './penalty-summary';

/** A member's moderation notice: the action, reason and end, and the one appeal they may send. */
export default function PenaltyNoticePage() {
  const { t } = useTranslation('penalties');
  const { id = '' } = useParams<{ id: string }>();
  const errorText = useErrorText();
  const query = usePenalty(id);
  const appeal = useAppeal();
  const [text, setText] = useState('');
  useDocumentTitle(t('notice.title'));
  const penalty = query.data?.penalty;
  return (
    <div className="flex flex-col gap-5">
      <Link
        href={paths.notifications}
        className="-mb-2 -ml-2 flex min-h-11 w-fit items-center gap-1 rounded-lg px-2 text-sm font-medium text-text-muted hover:bg-surface-muted hover:text-text"
      >
        <ChevronLeft className="size-4" aria-hidden="true" />
        {t('notice.back')}
      </Link>
      <PageHeader title={t('notice.title')} />
      {query.isPending && <SkeletonText lines={5} />}
      {query.isError && <Alert tone="danger">{t('notice.notFound')}</Alert>}
      {penalty && (
        <>
          <Card as="section" aria-label={t('notice.title')}>
            <PenaltySummary penalty={penalty} />
          </Card>
          <Card as="section" aria-labelledby="appeal-title">
            <h2 id="appeal-title" className="mb-2 text-lg font-semibold">
              {t('notice.appealTitle')}
            </h2>
            {penalty.appeal ? (
              <div className="flex flex-col gap-2 text-sm">
                <p className="font-medium">{t(`appealStatus.${penalty.appeal.status}`)}</p>
                <p className="break-words whitespace-pre-wrap text-text-muted">{penalty.appeal.text}</p>
                {penalty.appeal.decisionReason && <p>{t('notice.decision', { reason: penalty.appeal.decisionReason })}</p>}
              </div>
            ) : penalty.state === 'overturned' ? null : (
              <form
                className="flex flex-col gap-3"
                onSubmit={(event) => {
                  event.preventDefault();
                  if (text.trim()) appeal.mutate({ actionId: penalty.id, text: text.trim() });
                }}
              >
                <p className="text-sm text-text-muted">{t('notice.appealHint')}</p>
                <TextArea label={t('notice.appealText')} value={text} maxLength={2000} required onChange={(e) => setText(e.target.value)} />
                {appeal.isError && <Alert tone="danger">{errorText(appeal.error)}</Alert>}
                <Button type="submit" className="w-fit" isLoading={appeal.isPending} disabled={!text.trim()}>
                  {t('notice.appealSubmit')}
                </Button>
              </form>
            )}
          </Card>
        </>
      )}
    </div>
  );
}
