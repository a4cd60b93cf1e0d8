import { cn } from '../../ui';
import { LinkPreviewCards } from '../media/link-preview-cards';

/**
 * A post's or comment's HTML exactly as the server rendered and sanitised it from Markdown.
 * This is the only place the web app inserts HTML: never pass anything but a `html` field of
 * the API (Post.html, Comment.html).
 */
export function RenderedHtml({ html, className }: { html: string; className?: string }) {
  return (
    <>
      <div className={cn('markdown', className)} dangerouslySetInnerHTML={{ __html: html }} />
      {/* Previews of URLs alone on their line, as plain-text cards (never HTML). */}
      <LinkPreviewCards html={html} />
    </>
  );
}
