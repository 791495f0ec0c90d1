// Text in an image box as outlines: fitted by the shared routine (src/drawing/fit-text.ts) with the real font
// metrics, measured from ascender to descender so no ink leaves the box, then balanced so a title's last
// line is not one lonely word. Text never overflows its box and is never clipped mid-letter.
import { fitText, inkHeight } from '../drawing/fit-text.ts';
import { wrapText } from '../drawing/wrap-text.ts';
import type { MeasuringFont } from './fonts.ts';
import { fitSingleLine } from './single-line.ts';
import type { TextLayer, TextLine } from './drawing.ts';
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

/**
 * The block as one outline per line: the glyphs that measured it, scaled from font units, with the
 * whole pixels their ink can touch (one more on every side for anti-aliasing).
 */
export function textLayer(block: TextBlock, style: TextStyle): TextLayer {
  const { face } = style.font;
  const scale = block.size / face.unitsPerEm;
  const lines: TextLine[] = [];
  let ink: Box | undefined;
  block.lines.forEach((line, index) => {
    const { d, advance, bounds, glyphs } = lineOutline(face, line);
    if (!d || !bounds) return;
    const x = round(block.x - (style.align === 'middle' ? (advance * scale) / 2 : 0));
    const y = round(block.baselines[index]!);
    lines.push({ d, glyphs, x, y, scale });
    const left = Math.floor(x + bounds.minX * scale) - 1;
    const top = Math.floor(y - bounds.maxY * scale) - 1;
    const right = Math.ceil(x + bounds.maxX * scale) + 1;
    const bottom = Math.ceil(y - bounds.minY * scale) + 1;
    ink = ink
      ? cover(ink, { x: left, y: top, width: right - left, height: bottom - top })
      : { x: left, y: top, width: right - left, height: bottom - top };
  });
  return { kind: 'text', fill: style.fill, lines, ink };
}

function cover(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  const right = Math.max(a.x + a.width, b.x + b.width);
  const bottom = Math.max(a.y + a.height, b.y + b.height);
  return { x, y, width: right - x, height: bottom - y };
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
export function fittedText(text: string, box: Box, style: TextStyle): TextLayer {
  return textLayer(layoutText(text, box, style), style);
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
