import { postRoutes, type MySpace } from '@hearth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ArrowRightLeft, ChevronLeft, CircleCheck, Lock, LockOpen, Pencil, Pin, PinOff, Trash2 } from 'lucide-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { call } from '../../api/client';
import { paths } from '../../app/routes';
import { useErrorText } from '../../app/use-error-text';
import { Badge, useToast } from '../../ui';
import { refreshSpaces } from '../spaces/spaces-queries';
import { useFormat } from '../../app/format/use-format';
import { BookmarkButton } from './bookmark-button';
import { ThreadFollowMenu } from '../notifications/thread-follow-menu';
import { Byline } from './byline';
import { EditForm } from './edit-form';
import { ActionButton, ItemActions } from './item-actions';
import { ReplyActions } from './reply-actions';
import { MoveDialog } from './move-dialog';
import { PollCard } from './poll-card';
import { storePost } from './post-cache';
import { ReactionsBar } from './reactions-bar';
import { TipButton, TipTotals } from '../economy/tip-button';
import { ReportButton } from '../reports/report-button';
import { RenderedHtml } from './rendered-html';
import { useThread } from './thread-context';

const iconClass = 'size-4';

/** The thread itself: where it lives, its title, author, body, reactions, and what the caller may do with it. */
export function PostView({ space }: { space: MySpace | undefined }) {
  const { t } = useTranslation('spaces');
  const thread = useThread();
  const { post } = thread;
  const toast = useToast();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [isEditing, setEditing] = useState(false);
  const [isMoving, setMoving] = useState(false);
  const body = useRef<HTMLDivElement>(null);
  const isDeleted = post.status === 'deleted';
  const format = useFormat();
  const params = { params: { id: post.id } };
  const onError = (error: unknown) => toast.show({ tone: 'danger', title: errorText(error) });
  const afterChange = () => refreshSpaces(queryClient, post.spaceId);

  const update = useMutation({
    mutationFn: (values: { title?: string; body: string }) => call(postRoutes.updatePost, { ...params, body: values }),
    onSuccess: ({ post: saved }) => {
      storePost(queryClient, saved);
      setEditing(false);
      toast.show({ tone: 'success', title: t('edit.saved') });
      void afterChange();
    },
  });
  const pin = useMutation({
    mutationFn: (pinned: boolean) => call(postRoutes.pinPost, { ...params, body: { pinned } }),
    onSuccess: ({ post: saved }) => {
      storePost(queryClient, saved);
      toast.show({ tone: 'success', title: saved.pinned ? t('moderation.pinned') : t('moderation.unpinned') });
      void afterChange();
    },
    onError,
  });
  const lock = useMutation({
    mutationFn: (locked: boolean) => call(postRoutes.lockPost, { ...params, body: { locked } }),
    onSuccess: ({ post: saved }) => {
      storePost(queryClient, saved);
      toast.show({ tone: 'success', title: saved.locked ? t('moderation.locked') : t('moderation.unlocked') });
      void afterChange();
    },
    onError,
  });
  const move = useMutation({
    mutationFn: (target: MySpace) => call(postRoutes.movePost, { ...params, body: { spaceId: target.id } }),
    onSuccess: ({ post: saved }, target) => {
      storePost(queryClient, saved);
      setMoving(false);
      toast.show({ tone: 'success', title: t('moderation.moved', { space: target.name }) });
      void refreshSpaces(queryClient);
    },
    onError,
  });

  return (
    <article aria-labelledby="post-title" className="flex flex-col gap-4">
      <Link
        href={paths.space(post.spaceId)}
        className="-ml-2 flex min-h-10 w-fit items-center gap-1 rounded-lg px-2 text-sm font-medium text-text-muted hover:bg-surface-muted hover:text-text"
      >
        <ChevronLeft className="size-4" aria-hidden="true" />
        {space ? `${space.icon ? `${space.icon} ` : ''}${space.name}` : t('post.backToSpace')}
      </Link>
      {(post.pinned || post.locked || post.status === 'pending' || post.status === 'scheduled') && (
        <div className="flex flex-wrap gap-1.5">
          {post.pinned && (
            <Badge tone="accent">
              <Pin className="size-3" aria-hidden="true" />
              {t('thread.pinned')}
            </Badge>
          )}
          {post.locked && (
            <Badge>
              <Lock className="size-3" aria-hidden="true" />
              {t('thread.locked')}
            </Badge>
          )}
          {post.status === 'pending' && <Badge tone="warning">{t('thread.pending')}</Badge>}
          {post.status === 'scheduled' && post.publishAt && (
            <Badge tone="accent">{t('schedule.badge', { time: format.dateTime(post.publishAt) })}</Badge>
          )}
        </div>
      )}
      <h1 id="post-title" className={isEditing ? 'sr-only' : 'text-2xl leading-snug font-bold tracking-tight break-words sm:text-3xl'}>
        {isDeleted && !post.title ? t('thread.deletedTitle') : post.title}
      </h1>
      <Byline
        author={post.author}
        createdAt={post.createdAt}
        editedAt={post.editedAt}
        onShowHistory={() => thread.showHistory({ kind: 'post', id: post.id })}
      />
      {isDeleted ? (
        <p className="rounded-xl border border-dashed border-border-strong px-4 py-6 text-center text-text-muted">{t('post.deleted')}</p>
      ) : isEditing ? (
        <EditForm
          initial={{ title: post.title, body: post.body }}
          initialHtml={post.html}
          label={t('composer.body')}
          isPending={update.isPending}
          error={update.error}
          onSave={(values) => update.mutate(values)}
          onCancel={() => {
            update.reset();
            setEditing(false);
          }}
        />
      ) : (
        <div ref={body}>
          <RenderedHtml html={post.html} className="text-[1.0625rem]" />
        </div>
      )}
      {post.poll && !isDeleted && !isEditing && <PollCard post={post} poll={post.poll} />}
      {post.acceptedCommentId && thread.isQa && (
        <a
          href={`#comment-${post.acceptedCommentId}`}
          className="flex w-fit items-center gap-1.5 rounded-lg text-sm font-medium text-success underline-offset-4 hover:underline"
        >
          <CircleCheck className="size-4" aria-hidden="true" />
          {t('post.jumpToAnswer')}
        </a>
      )}
      {!isDeleted && !isEditing && (
        <>
          <ReactionsBar
            label={t('reactions.labelPost')}
            reactions={post.reactions}
            onToggle={(emoji) =>
              thread.toggleReaction(
                'post',
                post.id,
                emoji,
                post.reactions.some((item) => item.emoji === emoji && item.mine),
              )
            }
          />
          {post.status === 'published' && <TipTotals target={{ kind: 'post', id: post.id }} showSupporters />}
          <ItemActions label={t('post.actions')}>
            <ReplyActions parentId={null} body={body} source={post.body} />
            {post.status === 'published' && (
              <TipButton target={{ kind: 'post', id: post.id }} authorId={post.author.id} authorName={post.author.displayName} />
            )}
            {post.status === 'published' && <BookmarkButton post={post} />}
            {post.status === 'published' && <ReportButton targetKind="post" targetId={post.id} authorId={post.author.id} />}
            {post.status === 'published' && <ThreadFollowMenu postId={post.id} />}
            {post.canEdit && (
              <ActionButton icon={<Pencil className={iconClass} aria-hidden="true" />} onClick={() => setEditing(true)}>
                {t('actions.edit')}
              </ActionButton>
            )}
            {(post.canEdit || post.canModerate) && (
              <ActionButton
                tone="danger"
                icon={<Trash2 className={iconClass} aria-hidden="true" />}
                onClick={() => thread.askDelete({ kind: 'post', id: post.id })}
              >
                {t('actions.delete')}
              </ActionButton>
            )}
          </ItemActions>
        </>
      )}
      {post.canModerate && (
        <ItemActions label={t('moderation.label')} className="rounded-xl bg-surface-muted px-2 py-1">
          <span className="px-2 text-sm font-medium text-text-muted">{t('moderation.label')}</span>
          <ActionButton
            isPressed={post.pinned}
            isDisabled={pin.isPending}
            icon={post.pinned ? <PinOff className={iconClass} aria-hidden="true" /> : <Pin className={iconClass} aria-hidden="true" />}
            onClick={() => pin.mutate(!post.pinned)}
          >
            {t('moderation.pin')}
          </ActionButton>
          <ActionButton
            isPressed={post.locked}
            isDisabled={lock.isPending}
            icon={post.locked ? <LockOpen className={iconClass} aria-hidden="true" /> : <Lock className={iconClass} aria-hidden="true" />}
            onClick={() => lock.mutate(!post.locked)}
          >
            {t('moderation.lock')}
          </ActionButton>
          <ActionButton icon={<ArrowRightLeft className={iconClass} aria-hidden="true" />} onClick={() => setMoving(true)}>
            {t('moderation.move')}
          </ActionButton>
        </ItemActions>
      )}
      <MoveDialog
        open={isMoving}
        currentSpaceId={post.spaceId}
        isPending={move.isPending}
        onMove={(target) => move.mutate(target)}
        onClose={() => setMoving(false)}
      />
    </article>
  );
}
