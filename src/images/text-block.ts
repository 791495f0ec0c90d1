// Fits text into a box at the largest size that holds it, measured with the real font metrics: lines
// wrap at spaces (long words break), and when even the smallest size runs out of lines the last line
// ends in "…". Text therefore never overflows its box and is never clipped mid-letter.
import { textWidth, withEllipsis, wrapText } from '../drawing/text.ts';
import { FONT_FAMILY, type MeasuringFont } from './fonts.ts';
import { escapeXml, type Box } from './svg.ts';
import { BLACK } from './palette.ts';

export interface TextStyle {
  font: MeasuringFont;
  weight: 400 | 700;
  maxSize: number;
  minSize: number;
  /** Distance between baselines as a multiple of the size. */
  leading: number;
  align: 'start' | 'middle';
  valign: 'top' | 'middle';
  fill: string;
}

export interface TextBlock {
  size: number;
  lines: string[];
  /** y of each line's baseline. */
  baselines: number[];
  /** x where each line starts ('start') or is centred ('middle'). */
  x: number;
}

export function layoutText(text: string, box: Box, style: TextStyle): TextBlock {
  const { font, maxSize, minSize, leading } = style;
  // From the top of the first line's ascender to the bottom of the last line's descender.
  const heightOf = (lines: number, size: number) => (lines - 1) * size * leading + size * (font.ascent + font.descent);
  let size = maxSize;
  let lines = wrapText(text, font, size, box.width);
  while (heightOf(lines.length, size) > box.height && size > minSize) {
    size = Math.max(minSize, size - 1);
    lines = wrapText(text, font, size, box.width);
  }
  if (heightOf(lines.length, size) > box.height) {
    const room = Math.floor((box.height - size * (font.ascent + font.descent)) / (size * leading)) + 1;
    if (room < 1) throw new Error(`A box ${box.height} high cannot hold one line at ${size}`);
    lines = lines.slice(0, room);
    lines[room - 1] = withEllipsis(lines[room - 1]!, (line) => textWidth(font, line, size) <= box.width);
  }
  lines = balance(text, font, size, box.width, lines);
  const top = box.y + (style.valign === 'middle' ? (box.height - heightOf(lines.length, size)) / 2 : 0);
  return {
    size,
    lines,
    baselines: lines.map((_, index) => top + size * font.ascent + index * size * leading),
    x: style.align === 'middle' ? box.x + box.width / 2 : box.x,
  };
}

/** The block as SVG text elements; the renderer shapes them with the same font that measured them. */
export function textSvg(block: TextBlock, style: TextStyle): string {
  return block.lines
    .map(
      (line, index) =>
        `<text x="${round(block.x)}" y="${round(block.baselines[index]!)}" font-family="${FONT_FAMILY}" ` +
        `font-weight="${style.weight}" font-size="${block.size}" fill="${style.fill}" ` +
        `text-anchor="${style.align}">${escapeXml(line)}</text>`,
    )
    .join('\n');
}

/** A one-line label (band, URL, hint): shrinks down to 24 px before it would wrap or end in "…". */
export function labelStyle(
  font: MeasuringFont,
  weight: 400 | 700,
  maxSize: number,
  fill: string,
  align: TextStyle['align'],
): TextStyle {
  return { font, weight, maxSize, minSize: 24, leading: 1.2, align, valign: 'middle', fill };
}

/** A title: bold, black, as large as fits between `maxSize` and 40 px, centred vertically in its box. */
export function titleStyle(font: MeasuringFont, maxSize: number, align: TextStyle['align']): TextStyle {
  return { font, weight: 700, maxSize, minSize: 40, leading: 1.15, align, valign: 'middle', fill: BLACK };
}

/** Lays out and draws in one step, for callers that need no measurements. */
export function fittedText(text: string, box: Box, style: TextStyle): string {
  return textSvg(layoutText(text, box, style), style);
}

/**
 * The same number of lines, wrapped at the narrowest width that still needs no more of them, so a title
 * reads "KTP-el Hilang / atau Rusak" instead of leaving one word alone on its last line.
 */
function balance(text: string, font: MeasuringFont, size: number, width: number, lines: string[]): string[] {
  if (lines.length < 2 || lines.at(-1)!.endsWith('…')) return lines;
  let [low, high] = [width / lines.length, width];
  while (high - low > 1) {
    const middle = (low + high) / 2;
    if (wrapText(text, font, size, middle).length <= lines.length) high = middle;
    else low = middle;
  }
  return wrapText(text, font, size, high);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
