import { mediaRoutes, type LinkPreview } from '@hearth/contracts';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { apiQuery } from '../../api/api-query';

const MAX_CARDS = 3;
/** A preview is fetched by the server after posting: ask again for a short while until it is there. */
const POLL_MS = 2000;
const MAX_POLLS = 15;

/** The URLs the server marked as standing alone on their line (class "link-preview"), in order. */
export function previewUrls(html: string): string[] {
  if (!html.includes('link-preview') || typeof DOMParser === 'undefined') return [];
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const urls = [...doc.querySelectorAll<HTMLAnchorElement>('a.link-preview[href]')].map((a) => a.getAttribute('href') ?? '');
  return [...new Set(urls.filter((url) => /^https?:\/\//i.test(url)))].slice(0, MAX_CARDS);
}

/** Preview cards under a rendered body, one per URL the server marked. Nothing while none is ready. */
export function LinkPreviewCards({ html }: { html: string }) {
  const urls = useMemo(() => previewUrls(html), [html]);
  if (urls.length === 0) return null;
  return (
    <div className="mt-2 flex flex-col gap-2">
      {urls.map((url) => (
        <LinkPreviewCard key={url} url={url} />
      ))}
    </div>
  );
}

function LinkPreviewCard({ url }: { url: string }) {
  const query = useQuery({
    ...apiQuery(mediaRoutes.linkPreview, { query: { url } }),
    staleTime: 5 * 60_000,
    retry: false,
    refetchInterval: (q) => (q.state.data?.preview.status === 'pending' && q.state.dataUpdateCount < MAX_POLLS ? POLL_MS : false),
  });
  const preview = query.data?.preview;
  if (!preview || preview.status !== 'ready') return null;
  return <PreviewCard preview={preview} />;
}

/** Every field is plain text from another site: React renders it as text, never as HTML. */
function PreviewCard({ preview }: { preview: LinkPreview }) {
  const host = URL.canParse(preview.url) ? new URL(preview.url).host : preview.url;
  return (
    <a
      href={preview.url}
      target="_blank"
      rel="nofollow ugc noopener noreferrer"
      data-testid="link-preview-card"
      className="flex max-w-xl overflow-hidden rounded-lg border border-border bg-surface text-text no-underline transition-colors hover:bg-surface-muted"
    >
      {preview.image && (
        <img
          src={preview.image.url}
          width={preview.image.width}
          height={preview.image.height}
          alt=""
          loading="lazy"
          className="aspect-[1.91/1] w-28 shrink-0 object-cover sm:w-40"
        />
      )}
      <span className="flex min-w-0 flex-col gap-0.5 px-3 py-2">
        <span className="truncate text-xs text-text-muted">{preview.siteName ?? host}</span>
        {preview.title && <span className="line-clamp-2 font-semibold">{preview.title}</span>}
        {preview.description && <span className="line-clamp-2 text-sm text-text-muted">{preview.description}</span>}
      </span>
    </a>
  );
}
