import MarkdownIt from 'markdown-it';
import type { MarkdownIt as MarkdownParser } from 'markdown-it';
import { createEnv, foundIn } from './markdown/found.js';
import { applyLinkPolicy } from './markdown/link-rules.js';
import { documentText } from './markdown/plain-text.js';
import { sanitizeRenderedHtml } from './markdown/sanitize.js';
import { markLinkPreviews } from './markdown/preview-rule.js';
import { linkTopics } from './markdown/topic-rule.js';
import { markTaskItems, renderTaskCheckbox, renderTaskLabelClose, renderTaskLabelOpen } from './markdown/task-list-rule.js';

/** A user-written body rendered for display, indexing and fan-out. */
export interface RenderedMarkdown {
  /** Sanitised HTML, safe to insert into a page as is. */
  html: string;
  /** Plain text without markup, whitespace collapsed: for search, snippets and notifications. */
  text: string;
  /** Ids of the members mentioned (`[@Name](mention:<uuid>)`), deduplicated, in order. */
  mentions: string[];
  /** Topic slugs (`#slug`), deduplicated, in order. */
  topics: string[];
  /** Absolute http(s) URLs linked to, deduplicated, in order: candidates for link previews. */
  links: string[];
  /** This community's upload URLs embedded as images (`/api/uploads/…`), deduplicated, in order. */
  images: string[];
  /** Bare http(s) URLs alone on their line, deduplicated, in order: what gets a link preview. */
  previews: string[];
}

// Deep enough for real writing (a quote in a list in a list …), shallow enough that hostile
// nesting costs nothing: markdown-it stops descending there and drops what lies deeper.
const MAX_NESTING = 40;

function createRenderer(): MarkdownParser {
  const md = new MarkdownIt('default', {
    html: false,
    linkify: true,
    breaks: false,
    typographer: false,
    maxNesting: MAX_NESTING,
  });
  md.linkify.set({ fuzzyLink: true, fuzzyEmail: true });
  md.core.ruler.after('inline', 'hearth_task_items', markTaskItems);
  md.core.ruler.after('linkify', 'hearth_link_policy', applyLinkPolicy);
  md.core.ruler.after('hearth_link_policy', 'hearth_topics', linkTopics);
  md.core.ruler.after('hearth_topics', 'hearth_link_previews', markLinkPreviews);
  md.renderer.rules.task_checkbox = renderTaskCheckbox;
  md.renderer.rules.task_label_open = renderTaskLabelOpen;
  md.renderer.rules.task_label_close = renderTaskLabelClose;
  return md;
}

const markdown = createRenderer();

/**
 * Renders a user-written Markdown body (CommonMark + GFM tables, strikethrough, task lists
 * and autolinks; raw HTML shown as text) to sanitised HTML, plus its plain text and the
 * mentions, topics, links and images it contains. Never throws on any string input and
 * stays linear-ish on hostile input; the HTML only ever contains allow-listed tags,
 * attributes and http(s)/mailto/same-site URLs. Mentions of `unlinkedMentions` (members
 * the author may not reach, e.g. across a block) read as plain `@Name` and are not listed.
 */
export function renderMarkdown(source: string, options: { unlinkedMentions?: ReadonlySet<string> } = {}): RenderedMarkdown {
  const env = createEnv(options.unlinkedMentions);
  const tokens = markdown.parse(source, env);
  const html = sanitizeRenderedHtml(markdown.renderer.render(tokens, markdown.options, env));
  const found = foundIn(env);
  return {
    html,
    text: documentText(tokens),
    mentions: [...found.mentions],
    topics: [...found.topics],
    links: [...found.links],
    images: [...found.images],
    previews: [...found.previews],
  };
}
