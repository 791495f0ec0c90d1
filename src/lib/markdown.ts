// Renders the markdown notes that staff write under a service's frontmatter. Raw HTML is never passed
// through (html: false escapes it), and only relative, http(s), mailto, tel and sms links survive: a
// javascript:, vbscript: or data: link is left as plain text, so content cannot inject script into the
// site. `npm run check` rejects both before a build gets here (src/lib/content/markdown-check.ts); this
// is the second line of defence.
import MarkdownIt from 'markdown-it';
import { isSafeLink } from './link-schemes.ts';

export const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
// markdown-it's own validator still lets data:image/... through; ours is an allowlist. It sees the link
// after entities are decoded (&#106;avascript: is already javascript: here).
markdown.validateLink = isSafeLink;

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}
