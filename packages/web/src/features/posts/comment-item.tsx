import { postRoutes } from '@hearth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CircleCheck, CornerDownRight, Pencil, Trash2 } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { Badge, cn, useToast } from '../../ui';
import { Byline } from './byline';
import type { CommentNode } from './comment-tree';
import { EditForm } from './edit-form';
import { ActionButton, ItemActions } from './item-actions';
import { ReplyActions } from './reply-actions';
import { patchComment } from './post-cache';
import { ReactionsBar } from './reactions-bar';
import { TipButton, TipTotals } from '../economy/tip-button';
import { ReportButton } from '../reports/report-button';
import { RenderedHtml } from './rendered-html';
import { ReplyBox } from './reply-box';
import { useThread } from './thread-context';

const iconClass = 'size-4';

/** One comment with its actions, its inline reply box when open, and its replies (nested, see comment-tree.ts). */
export function CommentItem({ node }: { node: CommentNode }) {
  const { t } = useTranslation('spaces');
  const thread = useThread();
  const toast = useToast();
  const queryClient = useQueryClient();
  const { comment } = node;
  const [isEditing, setEditing] = useState(false);
  const body = useRef<HTMLDivElement>(null);
  const article = useRef<HTMLElement>(null);
  const isDeleted = comment.status === 'deleted';
  const isAccepted = thread.post.acceptedCommentId === comment.id;
  const isReplying = thread.reply?.parentId === comment.id;
  const isHighlighted = thread.highlightId === comment.id;
  const canDelete = comment.canEdit || thread.post.canModerate;
  const bylineId = `comment-${comment.id}-by`;

  const update = useMutation({
    mutationFn: (text: string) => call(postRoutes.updateComment, { params: { id: comment.id }, body: { body: text } }),
    onSuccess: ({ comment: saved }) => {
      patchComment(queryClient, thread.post.id, saved.id, () => saved);
      setEditing(false);
      toast.show({ tone: 'success', title: t('edit.saved') });
    },
  });

  useEffect(() => {
    if (!isHighlighted || !article.current) return;
    article.current.scrollIntoView({ block: 'center', behavior: 'smooth' });
    article.current.focus({ preventScroll: true });
  }, [isHighlighted]);

  return (
    <li id={`comment-${comment.id}`} className="flex flex-col gap-2">
      <article
        ref={article}
        tabIndex={-1}
        aria-labelledby={bylineId}
        className={cn(
          'flex flex-col gap-2 rounded-xl border p-3 outline-none sm:p-4',
          isAccepted ? 'border-success/50 bg-success-soft' : 'border-transparent',
          isHighlighted && 'ring-2 ring-accent-text/50',
        )}
      >
        <span id={bylineId} className="sr-only">
          {t('comments.by', { name: comment.author.displayName })}
        </span>
        {isAccepted && (
          <Badge tone="success" className="self-start">
            <CircleCheck className="size-3.5" aria-hidden="true" />
            {t('comments.accepted')}
          </Badge>
        )}
        {comment.status === 'pending' && (
          <Badge tone="warning" className="self-start">
            {t('comments.pending')}
          </Badge>
        )}
        {node.replyingTo && (
          <p className="flex items-center gap-1 text-xs text-text-muted">
            <CornerDownRight className="size-3.5" aria-hidden="true" />
            {t('comments.replyingTo', { name: node.replyingTo })}
          </p>
        )}
        <Byline
          author={comment.author}
          createdAt={comment.createdAt}
          editedAt={comment.editedAt}
          size="sm"
          onShowHistory={() => thread.showHistory({ kind: 'comment', id: comment.id })}
        />
        {isDeleted ? (
          <p className="text-text-muted">{t('comments.deleted')}</p>
        ) : isEditing ? (
          <EditForm
            initial={{ body: comment.body }}
            initialHtml={comment.html}
            label={t('edit.commentLabel')}
            isPending={update.isPending}
            error={update.error}
            onSave={(values) => update.mutate(values.body)}
            onCancel={() => {
              update.reset();
              setEditing(false);
            }}
          />
        ) : (
          <div ref={body}>
            <RenderedHtml html={comment.html} />
          </div>
        )}
        {!isDeleted && !isEditing && (
          <>
            <ReactionsBar
              label={t('reactions.labelComment', { name: comment.author.displayName })}
              reactions={comment.reactions}
              onToggle={(emoji) =>
                thread.toggleReaction(
                  'comment',
                  comment.id,
                  emoji,
                  comment.reactions.some((item) => item.emoji === emoji && item.mine),
                )
              }
            />
            <TipTotals target={{ kind: 'comment', id: comment.id }} />
            <ItemActions label={t('comments.actions', { name: comment.author.displayName })}>
              <ReplyActions parentId={comment.id} body={body} source={comment.body} />
              <TipButton
                target={{ kind: 'comment', id: comment.id }}
                authorId={comment.author.id}
                authorName={comment.author.displayName}
              />
              {comment.status === 'published' && <ReportButton targetKind="comment" targetId={comment.id} authorId={comment.author.id} />}
              {thread.isQa && thread.canAccept && (
                <ActionButton
                  tone="success"
                  isDisabled={thread.isAccepting}
                  icon={<CircleCheck className={iconClass} aria-hidden="true" />}
                  onClick={() => thread.accept(isAccepted ? null : comment.id)}
                >
                  {isAccepted ? t('actions.unaccept') : t('actions.accept')}
                </ActionButton>
              )}
              {comment.canEdit && (
                <ActionButton icon={<Pencil className={iconClass} aria-hidden="true" />} onClick={() => setEditing(true)}>
                  {t('actions.edit')}
                </ActionButton>
              )}
              {canDelete && (
                <ActionButton
                  tone="danger"
                  icon={<Trash2 className={iconClass} aria-hidden="true" />}
                  onClick={() => thread.askDelete({ kind: 'comment', id: comment.id })}
                >
                  {t('actions.delete')}
                </ActionButton>
              )}
            </ItemActions>
          </>
        )}
        {isReplying && thread.canReply && (
          <div className="mt-1 border-t border-border pt-3">
            <ReplyBox
              key={comment.id}
              postId={thread.post.id}
              spaceId={thread.spaceId}
              parentId={comment.id}
              label={t('reply.toComment', { name: comment.author.displayName })}
              quote={thread.reply?.quote ?? null}
              autoFocus
              onCancel={thread.closeReply}
              onPosted={(posted) => {
                thread.closeReply();
                thread.onCommentPosted(posted.id);
              }}
            />
          </div>
        )}
      </article>
      {node.children.length > 0 && (
        <ol className="ml-2 flex flex-col gap-2 border-l-2 border-border pl-2 sm:ml-4 sm:pl-4">
          {node.children.map((child) => (
            <CommentItem key={child.comment.id} node={child} />
          ))}
        </ol>
      )}
    </li>
  );
}
