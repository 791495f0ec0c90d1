// A label (band, address, hint) is sized to stay on one line: the largest size that fits is the one at
// which the whole text is no wider than its box, found from its width at size 1, with no wrapping.
// Wrapping a long address word tried every prefix of it at every size, a fresh shaping of each, and was
// the most expensive part of laying out an image. The answer is the one fitText gives; without a size
// that fits, undefined, and the caller fits (and cuts) the text as usual.
import type { Fitted, HeightMeasure } from '../drawing/fit-text.ts';
import { textWidth, type TextFont } from '../drawing/text-width.ts';

export interface SingleLineSpec {
  font: TextFont;
  maxSize: number;
  minSize: number;
  maxWidth: number;
  measure: HeightMeasure;
}

/**
 * Sizes are whole pixels from maxSize down to minSize, as the images fit them (a step of 1). At a size
 * where the box has room for a second line and the text is too wide for one, fitText would wrap it:
 * then this gives up and the caller fits the text.
 */
export function fitSingleLine(text: string, spec: SingleLineSpec): Fitted<string> | undefined {
  const { font, maxSize, minSize, maxWidth, measure } = spec;
  if (text.includes('\n')) return undefined;
  // The line wrapText would make of it: words joined by single spaces.
  const line = text.split(/\s+/).filter(Boolean).join(' ');
  const fits = (size: number) => textWidth(font, line, size) <= maxWidth && measure.fits(1, size);
  // Above this size the line is wider than the box by more than a pixel's worth of its width.
  const widest = Math.min(maxSize, Math.floor(maxWidth / textWidth(font, line, 1)) + 1);
  for (let size = maxSize; size >= minSize; size--) {
    if (size <= widest && fits(size)) return { size, lines: [line] };
    if (measure.room(size) > 1) return undefined;
  }
  return undefined;
}
