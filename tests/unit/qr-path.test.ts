// The QR outline path must paint exactly the dark modules: rasterise it back to a grid and compare.
import { describe, expect, it } from 'vitest';
import { encodeQr, QUIET_ZONE, type QrMatrix } from '../../src/drawing/qr-code.ts';
import { qrPath, sideWithQuietZone } from '../../src/drawing/qr-path.ts';

/** Parses the M/H/V/Z subset our path uses into closed polygons. */
function parsePath(d: string): [number, number][][] {
  const polygons: [number, number][][] = [];
  let current: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, command, args] of d.matchAll(/([MHVZ])([^MHVZ]*)/g)) {
    const numbers = args!.trim()
      ? args!
          .trim()
          .split(/[\s,]+/)
          .map(Number)
      : [];
    if (command === 'M') {
      [x, y] = numbers as [number, number];
      current = [[x, y]];
    } else if (command === 'H') {
      x = numbers[0]!;
      current.push([x, y]);
    } else if (command === 'V') {
      y = numbers[0]!;
      current.push([x, y]);
    } else {
      polygons.push(current);
    }
  }
  return polygons;
}

/** Nonzero winding number of a point, the fill rule pdf-lib's `f` operator uses. */
function winding(polygons: [number, number][][], px: number, py: number): number {
  let total = 0;
  for (const polygon of polygons) {
    for (let i = 0; i < polygon.length; i++) {
      const [x1, y1] = polygon[i]!;
      const [x2, y2] = polygon[(i + 1) % polygon.length]!;
      if (y1 <= py && y2 > py && (x2 - x1) * (py - y1) - (px - x1) * (y2 - y1) > 0) total++;
      else if (y1 > py && y2 <= py && (x2 - x1) * (py - y1) - (px - x1) * (y2 - y1) < 0) total--;
    }
  }
  return total;
}

function rasterise(d: string, side: number): number[] {
  const polygons = parsePath(d);
  const grid: number[] = [];
  for (let row = 0; row < side; row++) {
    for (let col = 0; col < side; col++) grid.push(winding(polygons, col + 0.5, row + 0.5) !== 0 ? 1 : 0);
  }
  return grid;
}

function withQuietZone(matrix: QrMatrix): number[] {
  const side = sideWithQuietZone(matrix);
  const grid: number[] = [];
  for (let row = 0; row < side; row++) {
    for (let col = 0; col < side; col++) {
      const r = row - QUIET_ZONE;
      const c = col - QUIET_ZONE;
      const inside = r >= 0 && c >= 0 && r < matrix.size && c < matrix.size;
      grid.push(inside ? matrix.data[r * matrix.size + c]! : 0);
    }
  }
  return grid;
}

function horizontalRuns(matrix: QrMatrix): number {
  let runs = 0;
  for (let i = 0; i < matrix.data.length; i++) {
    const startsRow = i % matrix.size === 0;
    if (matrix.data[i] === 1 && (startsRow || matrix.data[i - 1] !== 1)) runs++;
  }
  return runs;
}

const urls = [
  'https://kemlagi.mojokertokab.go.id/d/3516152001/',
  'https://kemlagi.mojokertokab.go.id/l/sktm/',
  'https://kemlagi.contoh.invalid/l/izin-ramai/',
  'https://x.test/',
];

describe('qrPath', () => {
  it.each(urls)('paints exactly the dark modules of %s and keeps the quiet zone white', (url) => {
    const { matrix } = encodeQr(url);
    const d = qrPath(matrix);
    expect(rasterise(d, sideWithQuietZone(matrix))).toEqual(withQuietZone(matrix));
  });

  it('paints holes inside dark regions white (the centre of each finder pattern)', () => {
    const ring: QrMatrix = { size: 3, data: [1, 1, 1, 1, 0, 1, 1, 1, 1] };
    expect(rasterise(qrPath(ring, 0), 3)).toEqual([1, 1, 1, 1, 0, 1, 1, 1, 1]);
  });

  it('paints regions that touch only at a corner', () => {
    const diagonal: QrMatrix = { size: 2, data: [1, 0, 0, 1] };
    expect(rasterise(qrPath(diagonal, 0), 2)).toEqual([1, 0, 0, 1]);
  });

  it('draws fewer shapes than there are horizontal runs of dark modules', () => {
    const { matrix } = encodeQr(urls[0]!);
    const subpaths = qrPath(matrix).split('M').length - 1;
    // At least the three finder patterns, each a ring and its centre.
    expect(subpaths).toBeGreaterThanOrEqual(6);
    expect(subpaths).toBeLessThan(horizontalRuns(matrix));
  });
});
