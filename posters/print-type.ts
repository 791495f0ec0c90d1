// Type on paper, as plain numbers shared by the layouts and the drawing code: how sizes shrink and where
// a line's baseline sits in its line box.

/** Print sizes shrink in half points: finer steps make no difference a reader could see on paper. */
export const PRINT_SIZE_STEP = 0.5;

/** Noto Sans capital height as a share of the type size; used to centre text in its line. */
const CAP_HEIGHT = 0.714;

/** Baseline of a line whose line box starts `lineTop` points from the top of the page coordinate. */
export function baseline(lineTop: number, size: number, leading: number): number {
  return lineTop - (size * leading + size * CAP_HEIGHT) / 2;
}
