// Turns a service's markdown notes into blocks the sheet can lay out: headings, paragraphs and list
// items with their marker and depth. Uses the site's own markdown-it instance, so print and web agree.
import { markdown } from '../src/lib/markdown.ts';
import { printableUrl } from '../src/lib/urls.ts';
import type { Run } from './rich-text.ts';

type Token = ReturnType<typeof markdown.parse>[number];

export interface MarkdownBlock {
  kind: 'heading' | 'paragraph';
  runs: Run[];
  /** "•" or "3." for a list item's first paragraph. */
  marker?: string;
  /** List nesting: 0 outside lists, 1 in a top-level list, and so on. */
  depth: number;
}

export function markdownBlocks(source: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  const lists: { ordered: boolean }[] = [];
  let marker: string | undefined;
  let heading = false;
  let row: string[] | undefined;
  for (const token of markdown.parse(source, {})) {
    switch (token.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        lists.push({ ordered: token.type === 'ordered_list_open' });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'list_item_open':
        marker = lists.at(-1)?.ordered ? `${token.info}.` : '•';
        break;
      case 'heading_open':
        heading = true;
        break;
      case 'heading_close':
        heading = false;
        break;
      case 'tr_open':
        row = [];
        break;
      case 'tr_close':
        blocks.push({ kind: 'paragraph', runs: [{ text: row!.join(' · ') }], depth: lists.length });
        row = undefined;
        break;
      case 'code_block':
      case 'fence':
        blocks.push({ kind: 'paragraph', runs: [{ text: token.content.trimEnd() }], depth: lists.length });
        break;
      case 'inline': {
        const runs = inlineRuns(token.children ?? []);
        if (row) {
          row.push(runs.map((run) => run.text).join(''));
          break;
        }
        const block: MarkdownBlock = { kind: heading ? 'heading' : 'paragraph', runs, depth: lists.length };
        if (marker) block.marker = marker;
        blocks.push(block);
        marker = undefined;
        break;
      }
    }
  }
  return blocks;
}

/** Inline tokens as runs: bold kept, links followed by their address (paper cannot be clicked). */
function inlineRuns(tokens: readonly Token[]): Run[] {
  const runs: Run[] = [];
  let bold = false;
  let href: string | undefined;
  let linkText = '';
  const push = (text: string) => {
    if (href !== undefined) linkText += text;
    runs.push({ text, bold });
  };
  for (const token of tokens) {
    if (token.type === 'strong_open') bold = true;
    else if (token.type === 'strong_close') bold = false;
    else if (token.type === 'softbreak') push(' ');
    else if (token.type === 'hardbreak') push('\n');
    else if (token.type === 'text' || token.type === 'code_inline') push(token.content);
    else if (token.type === 'image') push(token.content);
    else if (token.type === 'link_open') {
      href = token.attrGet('href') ?? '';
      linkText = '';
    } else if (token.type === 'link_close') {
      const shown = readableAddress(href ?? '');
      if (shown && !linkText.includes(shown)) runs.push({ text: ` (${shown})`, bold: false });
      href = undefined;
    }
  }
  return runs;
}

/** A link as a person would write it down: no scheme, no "mailto:" or "tel:". */
export function readableAddress(url: string): string {
  return /^https?:/.test(url) ? printableUrl(url) : url.replace(/^(mailto|tel|sms):/, '');
}
