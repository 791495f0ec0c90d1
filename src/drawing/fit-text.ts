// Fitting text into a box: the largest type size at which the wrapped text fits, trying smaller sizes
// step by step down to a minimum; when even the minimum needs more lines than the box holds, the text
// is cut after the last line that fits (and may end in "…"). PDFs and PNG images both fit text here;
// what differs between them (size step, how a block's height is measured, the ellipsis) is a parameter.
import { textWidth, type TextFont } from './text-width.ts';
import { wrapText } from './wrap-text.ts';

/** How a box judges a block of lines. */
export interface BlockMeasure {
  /** Whether `lines` lines at `size` fit the box. */
  fits(lines: number, size: number): boolean;
  /** The most lines the box holds at `size`: where text is cut when even the smallest size overflows. */
  room(size: number): number;
}

/** A measure that also says how tall a block is, for centring it in its box. */
export interface HeightMeasure extends BlockMeasure {
  height(lines: number, size: number): number;
}

/**
 * Print: a box holds whole line boxes of size × leading, and always at least one, so a label whose box is
 * exactly one line high keeps its line when the division lands a hair under 1.
 */
export function lineBoxes(boxHeight: number, leading: number): BlockMeasure {
  const room = (size: number) => Math.max(1, Math.floor(boxHeight / (size * leading) + 1e-6));
  return { room, fits: (lines, size) => lines <= room(size) };
}

/**
 * Images: from the top of the first line's ascender to the bottom of the last line's descender, so that
 * no pixel of ink leaves the box (`ascent` and `descent` in em).
 */
export function inkHeight(
  boxHeight: number,
  leading: number,
  font: { ascent: number; descent: number },
): HeightMeasure {
  const height = (lines: number, size: number) => (lines - 1) * size * leading + size * (font.ascent + font.descent);
  return {
    height,
    fits: (lines, size) => height(lines, size) <= boxHeight,
    room: (size) => Math.floor((boxHeight - size * (font.ascent + font.descent)) / (size * leading)) + 1,
  };
}

/** A fixed number of lines at any size, for rows whose height the page layout already set. */
export function fixedLines(count: number): BlockMeasure {
  return { fits: (lines) => lines <= count, room: () => count };
}

export interface FitSpec<Line> {
  maxSize: number;
  minSize: number;
  /** How much smaller each try is: half points on paper, whole pixels in images. */
  step: number;
  /** The text wrapped at a size; lines may be plain strings or styled runs. */
  wrap: (size: number) => Line[];
  measure: BlockMeasure;
  /** Marks the last kept line when the text is cut (an ellipsis); without it the text just ends there. */
  shorten?: ((line: Line, size: number) => Line) | undefined;
}

export interface Fitted<Line> {
  size: number;
  lines: Line[];
}

/** The largest size from maxSize down (in `step`s, ending at exactly minSize) at which the text fits. */
export function fitLines<Line>(spec: FitSpec<Line>): Fitted<Line> {
  const { maxSize, minSize, step, wrap, measure, shorten } = spec;
  for (let size = maxSize; ; size = Math.max(minSize, size - step)) {
    const lines = wrap(size);
    if (measure.fits(lines.length, size)) return { size, lines };
    if (size <= minSize) return { size, lines: cut(lines, measure.room(size), size) };
  }

  function cut(lines: Line[], room: number, size: number): Line[] {
    if (room < 1) throw new Error(`A box cannot hold one line of text at size ${size}`);
    const kept = lines.slice(0, room);
    if (shorten) kept[kept.length - 1] = shorten(kept.at(-1)!, size);
    return kept;
  }
}

export interface FitTextOptions {
  font: TextFont;
  maxSize: number;
  minSize: number;
  maxWidth: number;
  step: number;
  measure: BlockMeasure;
  /** End the last line in "…" when the text is cut, so a reader sees that something is missing. */
  ellipsis: boolean;
}

/** fitLines for plain text wrapped with wrapText. */
export function fitText(text: string, options: FitTextOptions): Fitted<string> {
  const { font, maxWidth } = options;
  return fitLines({
    ...options,
    wrap: (size) => wrapText(text, font, size, maxWidth),
    shorten: options.ellipsis
      ? (line, size) => withEllipsis(line, (value) => textWidth(font, value, size) <= maxWidth)
      : undefined,
  });
}

/** The line shortened (at the end, letter by letter) until it and a trailing "…" fit. */
function withEllipsis(line: string, fits: (value: string) => boolean): string {
  let kept = line;
  while (kept && !fits(`${kept}…`)) kept = kept.slice(0, -1).trimEnd();
  return `${kept}…`;
}
