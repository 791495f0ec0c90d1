// Renders the markdown notes that staff write under a service's frontmatter. Raw HTML is never passed
// through (html: false escapes it), and markdown-it's link validator drops javascript:, vbscript:,
// file: and data: links, so content cannot inject script into the site.
import MarkdownIt from 'markdown-it';

export const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}
