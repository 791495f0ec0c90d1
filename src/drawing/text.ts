// Fitting text into boxes: wrap at spaces, break long words (URLs) at sensible points, shrink long names.
import type { PDFFont } from 'pdf-lib';

/** What the text helpers need from a font; PDFFont satisfies it, tests can pass a fixed-width fake. */
export type TextFont = Pick<PDFFont, 'widthOfTextAtSize'> & { name?: string };

// Keyed by font name where there is one: every PDF embeds its own PDFFont objects for the same two faces.
const wordWidths = new Map<TextFont | string, Map<string, number>>();

/**
 * Width of `text` in points. pdf-lib shapes the whole string with fontkit on every call, which made
 * wrapping (that measures the same words again and again) the slowest part of a build. Shaping never
 * reaches across a space and pdf-lib sums plain advance widths, so a line's width is exactly the sum of
 * its words and spaces; each word is measured once per typeface, at size 1, and scaled.
 */
export function textWidth(font: TextFont, text: string, size: number): number {
  const key = font.name ?? font;
  let widths = wordWidths.get(key);
  if (!widths) wordWidths.set(key, (widths = new Map()));
  let total = 0;
  for (const part of text.split(/( )/)) {
    if (!part) continue;
    let width = widths.get(part);
    if (width === undefined) widths.set(part, (width = font.widthOfTextAtSize(part, 1)));
    total += width;
  }
  return total * size;
}

/** Greedy word wrap; a word wider than the line is broken (see breakWord). Newlines force a break. */
export function wrapText(text: string, font: TextFont, size: number, maxWidth: number): string[] {
  const width = (value: string) => textWidth(font, value, size);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (width(candidate) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      const pieces = breakWord(word, (piece) => width(piece) <= maxWidth);
      line = pieces.pop()!;
      lines.push(...pieces);
    }
    lines.push(line);
  }
  return lines;
}

/**
 * Splits a word that does not fit on one line. A URL breaks before its first "/" that fits, so a printed
 * address reads "kemlagi.mojokertokab.go.id" then "/l/sktm"; other words break after a "-" or, failing
 * that, between letters.
 */
export function breakWord(word: string, fits: (piece: string) => boolean): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (!fits(rest)) {
    const cut = bestCut(rest, fits);
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  pieces.push(rest);
  return pieces;
}

function bestCut(word: string, fits: (piece: string) => boolean): number {
  let longest = 1;
  while (longest < word.length && fits(word.slice(0, longest + 1))) longest++;
  const cuts = [...word.slice(1, longest + 1)].map((_, i) => i + 1);
  return cuts.find((cut) => word[cut] === '/') ?? cuts.findLast((cut) => word[cut - 1] === '-') ?? longest;
}

export interface FitOptions {
  font: TextFont;
  maxSize: number;
  minSize: number;
  maxWidth: number;
  /** Height of the box; smaller type gets more lines in it. */
  maxHeight: number;
  /** Line height as a multiple of the type size. */
  leading: number;
}

export interface FittedText {
  size: number;
  lines: string[];
}

/**
 * The largest size (in half points) at which the wrapped text fits the box. If even `minSize` needs
 * more lines than the box holds, the last line ends in "…" so the text never runs into what is below.
 */
export function fitText(text: string, options: FitOptions): FittedText {
  const { font, maxSize, minSize, maxWidth, maxHeight, leading } = options;
  const linesAt = (size: number) => Math.max(1, Math.floor(maxHeight / (size * leading) + 1e-6));
  for (let size = maxSize; size >= minSize; size -= 0.5) {
    const lines = wrapText(text, font, size, maxWidth);
    if (lines.length <= linesAt(size)) return { size, lines };
  }
  const maxLines = linesAt(minSize);
  const lines = wrapText(text, font, minSize, maxWidth).slice(0, maxLines);
  lines[maxLines - 1] = withEllipsis(lines[maxLines - 1]!, (value) => textWidth(font, value, minSize) <= maxWidth);
  return { size: minSize, lines };
}

export function withEllipsis(line: string, fits: (value: string) => boolean): string {
  let kept = line;
  while (kept && !fits(`${kept}…`)) kept = kept.slice(0, -1).trimEnd();
  return `${kept}…`;
}
