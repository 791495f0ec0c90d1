// Text blocks stacked from the top of a box, each wrapped to the box width. A block that would run past
// the bottom is left out whole rather than cut or drawn over what follows.
import type { PDFFont } from 'pdf-lib';
import { drawLines } from './draw-text.ts';
import type { Rect } from './geometry.ts';
import type { TextSurface } from './surface.ts';
import { wrapText } from '../src/drawing/wrap-text.ts';

export interface TextBlock {
  text: string;
  font: PDFFont;
  size: number;
  /** Space above the block, in points. */
  gapBefore?: number;
}

/** Draws the blocks that fit; returns how many were drawn. */
export function stackText(surface: TextSurface, box: Rect, blocks: readonly TextBlock[], leading: number): number {
  let used = 0;
  let drawn = 0;
  for (const block of blocks) {
    const lines = wrapText(block.text, block.font, block.size, box.width);
    const gap = drawn > 0 ? (block.gapBefore ?? 0) : 0;
    const height = lines.length * block.size * leading;
    if (used + gap + height > box.height) break;
    const blockBox = { x: box.x, y: box.y, width: box.width, height: box.height - used - gap };
    drawLines(surface, lines, blockBox, { font: block.font, size: block.size, leading });
    used += gap + height;
    drawn++;
  }
  return drawn;
}
