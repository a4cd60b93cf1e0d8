import sanitizeHtml, { type IOptions } from 'sanitize-html';
import { uploadedImageSize } from './url-policy.js';

const ALLOWED_TAGS =
  'p br hr h1 h2 h3 h4 h5 h6 blockquote ul ol li input label strong em del s code pre a img span table thead tbody tr th td';
const TEXT_ALIGN = [/^(?:left|right|center)$/];

/**
 * Exactly what the renderer produces and nothing more: a second line of defence should the
 * renderer or a plugin ever emit something it should not.
 */
const RENDERED_MARKDOWN: IOptions = {
  allowedTags: ALLOWED_TAGS.split(' '),
  allowedAttributes: {
    a: ['href', 'title', 'rel', { name: 'target', values: ['_blank'] }, 'class', 'data-member-id'],
    img: ['src', 'alt', 'title', { name: 'loading', values: ['lazy'] }, 'width', 'height'],
    ol: ['start'],
    input: [{ name: 'type', values: ['checkbox'] }, 'disabled', 'checked'],
    code: ['class'],
    th: ['style', { name: 'align', values: ['left', 'right', 'center'] }],
    td: ['style', { name: 'align', values: ['left', 'right', 'center'] }],
  },
  allowedClasses: { a: ['mention', 'topic', 'link-preview'], code: [/^language-\S+$/] },
  allowedStyles: { th: { 'text-align': TEXT_ALIGN }, td: { 'text-align': TEXT_ALIGN } },
  allowedSchemes: ['http', 'https', 'mailto'],
  // Images only from this site's own upload paths (see image-rule.ts): no scheme at all.
  allowedSchemesByTag: { img: [] },
  // An input survives only as the disabled checkbox of a task item, an img only as an upload.
  exclusiveFilter: (frame) =>
    (frame.tag === 'input' && !(frame.attribs.type === 'checkbox' && 'disabled' in frame.attribs)) ||
    (frame.tag === 'img' && !uploadedImageSize(frame.attribs.src ?? '')),
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
};

/** Filters rendered Markdown HTML through the allow-list above. */
export function sanitizeRenderedHtml(html: string): string {
  return sanitizeHtml(html, RENDERED_MARKDOWN);
}
