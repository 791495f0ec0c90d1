// Text in an image box as SVG: fitted by the shared routine (src/drawing/fit-text.ts) with the real font
// metrics, measured from ascender to descender so no ink leaves the box, then balanced so a title's last
// line is not one lonely word. Text never overflows its box and is never clipped mid-letter.
import { fitText, inkHeight } from '../drawing/fit-text.ts';
import { wrapText } from '../drawing/wrap-text.ts';
import type { MeasuringFont } from './fonts.ts';
import { fitSingleLine } from './single-line.ts';
import { lineOutline } from './glyph-outlines.ts';
import type { Box } from './svg.ts';
import { BLACK } from './palette.ts';

export interface TextStyle {
  /** The face measures and draws: its weight is the face's own. */
  font: MeasuringFont;
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

/** Image sizes shrink in whole pixels, the unit they are drawn in. */
const PIXEL_SIZE_STEP = 1;

export function layoutText(text: string, box: Box, style: TextStyle): TextBlock {
  const { font, leading } = style;
  const measure = inkHeight(box.height, leading, font);
  const spec = { font, maxSize: style.maxSize, minSize: style.minSize, maxWidth: box.width, measure };
  const fitted = fitSingleLine(text, spec) ?? fitText(text, { ...spec, step: PIXEL_SIZE_STEP, ellipsis: true });
  const { size } = fitted;
  const lines = balance(text, font, size, box.width, fitted.lines);
  const top = box.y + (style.valign === 'middle' ? (box.height - measure.height(lines.length, size)) / 2 : 0);
  return {
    size,
    lines,
    baselines: lines.map((_, index) => top + size * font.ascent + index * size * leading),
    x: style.align === 'middle' ? box.x + box.width / 2 : box.x,
  };
}

/** The block as one path per line: the outlines of the glyphs that measured it, scaled from font units. */
export function textSvg(block: TextBlock, style: TextStyle): string {
  const { face } = style.font;
  const scale = block.size / face.unitsPerEm;
  return block.lines
    .map((line, index) => {
      const { d, advance } = lineOutline(face, line);
      if (!d) return '';
      const x = block.x - (style.align === 'middle' ? (advance * scale) / 2 : 0);
      const transform = `translate(${round(x)} ${round(block.baselines[index]!)}) scale(${scale} ${-scale})`;
      return `<path transform="${transform}" fill="${style.fill}" d="${d}"/>`;
    })
    .filter(Boolean)
    .join('\n');
}

/** A one-line label (band, URL, hint): shrinks down to 24 px before it would wrap or end in "…". */
export function labelStyle(font: MeasuringFont, maxSize: number, fill: string, align: TextStyle['align']): TextStyle {
  return { font, maxSize, minSize: 24, leading: 1.2, align, valign: 'middle', fill };
}

/** A title: bold, black, as large as fits between `maxSize` and 40 px, centred vertically in its box. */
export function titleStyle(font: MeasuringFont, maxSize: number, align: TextStyle['align']): TextStyle {
  return { font, maxSize, minSize: 40, leading: 1.15, align, valign: 'middle', fill: BLACK };
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
