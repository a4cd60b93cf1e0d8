import type { Topic } from '@hearth/contracts';
import { ArrowDown, ArrowUp, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { cn, IconButton, TextField } from '../../../ui';
import { suggestSlug } from './topic-rows';

export interface TopicsEditorProps {
  topics: Topic[];
  onChange: (topics: Topic[]) => void;
  /** Messages per row and field: our checks, or the server's field errors. */
  errors: Map<number, { slug?: string; name?: string }>;
}

/** Name | slug | buttons on wide screens; stacked on phones. */
const ROW = 'md:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto] md:items-start md:gap-3';

/** "Name" on screen, "Name of topic 3" for screen readers (it contains what is shown, so voice control finds it too). */
function ShortLabel({ visible, full }: { visible: string; full: string }) {
  return (
    <>
      <span aria-hidden="true">{visible}</span>
      <span className="sr-only">{full}</span>
    </>
  );
}

function moved<T>(items: T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/** The topics as editable rows: name and slug side by side, move up / down, remove. */
export function TopicsEditor({ topics, onChange, errors }: TopicsEditorProps) {
  const { t } = useTranslation('admin');
  const update = (index: number, patch: Partial<Topic>) =>
    onChange(topics.map((topic, i) => (i === index ? { ...topic, ...patch } : topic)));
  return (
    <div className="rounded-2xl border border-border bg-surface shadow-card">
      <div className={cn(ROW, 'hidden border-b border-border px-4 py-2 text-sm font-medium text-text-muted md:grid')} aria-hidden="true">
        <span>{t('topics.nameColumn')}</span>
        <span>{t('topics.slugColumn')}</span>
        <span className="w-33" />
      </div>
      <ol className="divide-y divide-border">
        {topics.map((topic, index) => (
          <li key={index} className={cn(ROW, 'grid grid-cols-2 gap-x-3 gap-y-1 px-4 py-3')}>
            <TextField
              label={<ShortLabel visible={t('topics.nameColumn')} full={t('topics.name', { number: index + 1 })} />}
              value={topic.name}
              maxLength={40}
              onChange={(event) => {
                const name = event.target.value;
                const isSlugFollowingName = topic.slug === '' || topic.slug === suggestSlug(topic.name);
                update(index, isSlugFollowingName ? { name, slug: suggestSlug(name) } : { name });
              }}
              error={errors.get(index)?.name}
              className="min-w-0 md:[&>label]:sr-only"
            />
            <TextField
              label={<ShortLabel visible={t('topics.slugColumn')} full={t('topics.slug', { number: index + 1 })} />}
              value={topic.slug}
              maxLength={40}
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => update(index, { slug: event.target.value.toLowerCase() })}
              error={errors.get(index)?.slug}
              className="min-w-0 md:[&>label]:sr-only [&_input]:font-mono"
            />
            <div className="col-span-2 flex justify-end md:col-span-1">
              <IconButton
                label={t('topics.moveUp', { name: topic.name || topic.slug })}
                icon={<ArrowUp className="size-4" aria-hidden="true" />}
                disabled={index === 0}
                onClick={() => onChange(moved(topics, index, index - 1))}
              />
              <IconButton
                label={t('topics.moveDown', { name: topic.name || topic.slug })}
                icon={<ArrowDown className="size-4" aria-hidden="true" />}
                disabled={index === topics.length - 1}
                onClick={() => onChange(moved(topics, index, index + 1))}
              />
              <IconButton
                label={t('topics.remove', { name: topic.name || topic.slug })}
                icon={<Trash2 className="size-4" aria-hidden="true" />}
                tone="danger"
                onClick={() => onChange(topics.filter((_, i) => i !== index))}
              />
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
