// Coverage of glyph outlines on a pixel grid: for each pixel, how much of it the ink covers, exactly,
// by signed area. Each edge adds the area it sweeps to the cells it crosses, and a running sum along each
// row turns those into coverage (the accumulation method font rasterisers such as font-rs use). It
// draws the images' text without a general SVG renderer: resvg took about 6 ms for a title's pixels
// alone and 7–8 ms to paint a blank 1080 × 1080 canvas; this does all the text of an image in about
// 4 ms on this project's 2-core test machine. tests/render/image-raster.test.ts holds it to resvg's
// pixels.
//
// Overlapping contours of one glyph add up, and coverage is capped at full, so nonzero filling holds for
// these fonts' outlines (contours of a glyph wind the same way where they overlap).
import type { TextLine } from './drawing.ts';
import type { Box } from './svg.ts';

/** Coverage in this many steps (plus none): enough for smooth edges, few enough for a small palette. */
export const COVERAGE_LEVELS = 32;

/** Hears a run of pixels in one row with one coverage level: `from` up to (not including) `to`. */
export type CoverageRun = (row: number, from: number, to: number, level: number) => void;

/**
 * Coverage of `lines` over the pixels of `box` (image coordinates), row by row, each from 0 (none) to
 * COVERAGE_LEVELS (full).
 */
export function rasteriseLines(lines: readonly TextLine[], box: Box): Uint8Array {
  const coverage = new Uint8Array(box.width * box.height);
  coverageRuns(lines, box, (row, from, to, level) =>
    coverage.fill(level, row * box.width + from, row * box.width + to),
  );
  return coverage;
}

/**
 * The same coverage as runs of equal level, every pixel of the box in one run, row by row and left to
 * right: the painter fills runs, and most of a text box is a few long runs of no ink or full ink.
 */
export function coverageRuns(lines: readonly TextLine[], box: Box, run: CoverageRun): void {
  const cells = new Cells(box);
  for (const line of lines) traceLine(line, box, cells);
  cells.runs(run);
}

/** Signed areas per cell, one spare column so an edge at the right border has somewhere to go. */
class Cells {
  readonly width: number;
  readonly height: number;
  readonly area: Float32Array;

  constructor(box: Box) {
    this.width = box.width;
    this.height = box.height;
    this.area = new Float32Array((box.width + 2) * box.height);
  }

  /** Adds the edge from (x0, y0) to (x1, y1), in pixels from the box's corner. */
  edge(x0: number, y0: number, x1: number, y1: number): void {
    if (y0 === y1) return;
    let direction = 1;
    if (y0 > y1) {
      direction = -1;
      let swap = x0;
      x0 = x1;
      x1 = swap;
      swap = y0;
      y0 = y1;
      y1 = swap;
    }
    const slope = (x1 - x0) / (y1 - y0);
    const stride = this.width + 2;
    const last = Math.min(this.height, Math.ceil(y1));
    for (let row = Math.max(0, Math.floor(y0)); row < last; row++) {
      const top = Math.max(row, y0);
      const bottom = Math.min(row + 1, y1);
      const height = (bottom - top) * direction;
      const xTop = x0 + (top - y0) * slope;
      const xBottom = x0 + (bottom - y0) * slope;
      this.span(row * stride, Math.min(xTop, xBottom), Math.max(xTop, xBottom), height);
    }
  }

  /**
   * The part of an edge within one row, from x `left` to `right` (x moves evenly with y), `height` tall
   * (signed). A pixel left of the edge gets none of it and one right of it all; a pixel the edge crosses
   * gets the share of it to the right of the edge. Each cell is given the change from the one before.
   */
  private span(rowStart: number, left: number, right: number, height: number): void {
    const { area } = this;
    left = Math.min(Math.max(left, 0), this.width);
    right = Math.min(Math.max(right, 0), this.width);
    const first = Math.floor(left);
    const end = Math.ceil(right);
    const run = right - left;
    if (end <= first + 1 || run < 1e-9) {
      // Within one cell: the part of the cell right of the edge's middle is covered.
      const middle = (left + right) / 2 - first;
      area[rowStart + first]! += height * (1 - middle);
      area[rowStart + first + 1]! += height * middle;
      return;
    }
    let before = 0;
    for (let cell = first; cell <= end; cell++) {
      const covered = (height * (rampArea(cell + 1 - left) - rampArea(cell + 1 - right))) / run;
      area[rowStart + cell]! += covered - before;
      before = covered;
    }
  }

  /**
   * A running sum along each row turns the cells' changes into coverage. Only cells an edge reached
   * hold a change; between them (outside the glyphs and inside their strokes) the level stays as it is.
   */
  runs(run: CoverageRun): void {
    const { width, height, area } = this;
    const stride = width + 2;
    for (let row = 0; row < height; row++) {
      let sum = 0;
      let level = 0;
      let from = 0;
      for (let x = 0, at = row * stride; x < width; x++) {
        const change = area[at + x]!;
        if (change === 0) continue;
        sum += change;
        const covered = sum < 0 ? -sum : sum;
        const next = covered >= 1 ? COVERAGE_LEVELS : (covered * COVERAGE_LEVELS + 0.5) | 0;
        if (next === level) continue;
        if (x > from) run(row, from, x, level);
        from = x;
        level = next;
      }
      run(row, from, width, level);
    }
  }
}

/** The integral of min(max(s, 0), 1): how much of a pixel lies left of points up to `s` past its edge. */
function rampArea(s: number): number {
  if (s <= 0) return 0;
  return s < 1 ? (s * s) / 2 : s - 0.5;
}

/** Adds the edges of one line's glyph polygons, placed and scaled into the box. */
function traceLine({ glyphs, x, y, scale }: TextLine, box: Box, cells: Cells): void {
  for (const glyph of glyphs) {
    const left = x + glyph.x * scale - box.x;
    const baseline = y - glyph.y * scale - box.y;
    for (const contour of glyph.contours) {
      const n = contour.length;
      let px = left + contour[n - 2]! * scale;
      let py = baseline - contour[n - 1]! * scale;
      for (let i = 0; i < n; i += 2) {
        const nx = left + contour[i]! * scale;
        const ny = baseline - contour[i + 1]! * scale;
        cells.edge(px, py, nx, ny);
        px = nx;
        py = ny;
      }
    }
  }
}
