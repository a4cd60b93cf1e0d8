import type { ProfileLink } from '@hearth/contracts';
import { ExternalLink } from 'lucide-react';
import { useTranslation } from 'react-i18next';

function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * Links a member put on their profile. They are the member's words, not ours: nofollow and
 * ugc for search engines, noopener and noreferrer so the other site gets neither our window
 * nor the page address.
 */
export function MemberLinks({ links }: { links: readonly ProfileLink[] }) {
  const { t } = useTranslation('members');
  return (
    <ul className="flex flex-col gap-1">
      {links.map((link) => (
        <li key={link.url} className="min-w-0">
          <a
            href={link.url}
            target="_blank"
            rel="noopener noreferrer nofollow ugc"
            className="group inline-flex max-w-full min-h-11 items-center gap-2 rounded-lg py-1 text-accent-text"
          >
            <ExternalLink className="size-4 shrink-0" aria-hidden="true" />
            <span className="truncate font-medium underline-offset-4 group-hover:underline">{link.label}</span>
            <span className="truncate text-sm text-text-muted">{hostOf(link.url)}</span>
            <span className="sr-only">{t('profile.opensInNewTab')}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
