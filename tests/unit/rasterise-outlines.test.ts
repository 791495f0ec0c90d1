// The text rasteriser gives each pixel the share of it the ink covers, by exact area, whichever way a
// contour winds and wherever it falls between pixels; contours of a glyph that overlap do not add up to
// more than full ink.
import { describe, expect, it } from 'vitest';
import type { TextLine } from '../../src/images/drawing.ts';
import { COVERAGE_LEVELS, coverageRuns, rasteriseLines } from '../../src/images/rasterise-outlines.ts';

/** A line whose one glyph is these polygons, in pixels (scale 1, y up from a baseline at y = 10). */
function line(...contours: number[][]): TextLine {
  return {
    d: '',
    x: 0,
    y: 10,
    scale: 1,
    glyphs: [{ contours: contours.map((c) => Float64Array.from(c)), x: 0, y: 0 }],
  };
}

/** A rectangle from (left, bottom) to (right, top) in font units, y up; clockwise or not. */
function rectangle(left: number, bottom: number, right: number, top: number, reverse = false): number[] {
  const corners = [left, bottom, right, bottom, right, top, left, top];
  if (!reverse) return corners;
  const pairs: number[][] = [];
  for (let i = 0; i < corners.length; i += 2) pairs.push([corners[i]!, corners[i + 1]!]);
  return pairs.reverse().flat();
}

const BOX = { x: 0, y: 0, width: 8, height: 10 };

/** Expected coverage level of pixel (x, y) for an axis-aligned rectangle given in pixel space. */
function expectedLevel(x: number, y: number, [left, top, right, bottom]: number[]): number {
  const width = Math.max(0, Math.min(x + 1, right!) - Math.max(x, left!));
  const height = Math.max(0, Math.min(y + 1, bottom!) - Math.max(y, top!));
  return Math.round(width * height * COVERAGE_LEVELS);
}

describe('outline rasteriser', () => {
  it.each([false, true])('covers a rectangle between pixels by its exact area (reversed: %s)', (reverse) => {
    // Font units y up with baseline 10: y 2.5..7.25 is pixel rows 2.75..7.5.
    const coverage = rasteriseLines([line(rectangle(1.25, 2.5, 5.5, 7.25, reverse))], BOX);
    const pixels = [1.25, 10 - 7.25, 5.5, 10 - 2.5];
    for (let y = 0; y < BOX.height; y++) {
      for (let x = 0; x < BOX.width; x++) {
        expect(coverage[y * BOX.width + x], `${x},${y}`).toBe(expectedLevel(x, y, pixels));
      }
    }
  });

  it('covers half of each pixel a diagonal edge halves', () => {
    // A triangle below the diagonal of a 4 × 4 square: pixels on the diagonal are half covered.
    const coverage = rasteriseLines([line([0, 6, 4, 6, 4, 10])], { x: 0, y: 0, width: 4, height: 4 });
    for (let i = 0; i < 4; i++) expect(coverage[i * 4 + (3 - i)]).toBe(COVERAGE_LEVELS / 2);
    expect(coverage[3 * 4 + 3]).toBe(COVERAGE_LEVELS);
    expect(coverage[0]).toBe(0);
  });

  it('caps overlapping contours of one glyph at full ink and leaves a hole wound the other way empty', () => {
    const overlapping = rasteriseLines([line(rectangle(0, 2, 6, 8), rectangle(2, 2, 8, 8))], BOX);
    expect(Math.max(...overlapping)).toBe(COVERAGE_LEVELS);
    expect(overlapping[5 * BOX.width + 4]).toBe(COVERAGE_LEVELS);
    const ring = rasteriseLines([line(rectangle(0, 0, 8, 10), rectangle(2, 2, 6, 8, true))], BOX);
    expect(ring[5 * BOX.width + 4]).toBe(0);
    expect(ring[5 * BOX.width + 1]).toBe(COVERAGE_LEVELS);
  });

  it('places glyphs by the line origin, the glyph offset and the scale, inside the given box', () => {
    const glyph = { contours: [Float64Array.from(rectangle(0, 0, 2, 2))], x: 3, y: 1 };
    const scaled: TextLine = { d: '', x: 10, y: 20, scale: 2, glyphs: [glyph] };
    // x: 10 + (3 + 0..2) × 2 = 16..20; y: 20 − (1 + 0..2) × 2 = 14..18. The box starts at (14, 10).
    const coverage = rasteriseLines([scaled], { x: 14, y: 10, width: 8, height: 8 });
    const covered: string[] = [];
    coverage.forEach((level, i) => level && covered.push(`${(i % 8) + 14},${Math.floor(i / 8) + 10}`));
    expect(covered).toEqual([14, 15, 16, 17].flatMap((y) => [16, 17, 18, 19].map((x) => `${x},${y}`)));
  });

  it('gives the painter runs that tile every row left to right, each a change of level', () => {
    const lines = [line(rectangle(1.25, 2.5, 5.5, 7.25), rectangle(6, 0, 7.5, 9))];
    const runs: [number, number, number, number][] = [];
    coverageRuns(lines, BOX, (row, from, to, level) => runs.push([row, from, to, level]));
    // rasteriseLines is built on the runs; the tests above hold it to the exact areas.
    const coverage = rasteriseLines(lines, BOX);
    for (let row = 0; row < BOX.height; row++) {
      const inRow = runs.filter(([at]) => at === row);
      expect(inRow[0]![1], `row ${row}`).toBe(0);
      expect(inRow.at(-1)![2], `row ${row}`).toBe(BOX.width);
      inRow.forEach(([, from, to, level], i) => {
        expect(to).toBeGreaterThan(from);
        if (i > 0) expect(from).toBe(inRow[i - 1]![2]);
        if (i > 0) expect(level).not.toBe(inRow[i - 1]![3]);
        for (let x = from; x < to; x++) expect(coverage[row * BOX.width + x]).toBe(level);
      });
    }
  });
});
