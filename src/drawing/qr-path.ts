// Turns a QR module grid into one SVG path that outlines every dark region, so a code is a single vector
// shape in the PDF (small, and sharp at any printer resolution) rather than hundreds of squares.
import { QUIET_ZONE, type QrMatrix } from './qr-code.ts';

/**
 * The outline path in module units, origin at the top-left of the quiet zone, y pointing down (SVG).
 * Contours are oriented so dark is always on the right of the direction of travel: outer edges run
 * clockwise and holes anticlockwise, so the nonzero fill rule that pdf-lib uses paints holes white.
 */
export function qrPath(matrix: QrMatrix, quietZone = QUIET_ZONE): string {
  let byZone = traced.get(matrix);
  if (!byZone) traced.set(matrix, (byZone = new Map()));
  let path = byZone.get(quietZone);
  if (path === undefined) byZone.set(quietZone, (path = tracePath(matrix, quietZone)));
  return path;
}

// encodeQr hands out one matrix object per address, so each code is traced once per build.
const traced = new WeakMap<QrMatrix, Map<number, string>>();

function tracePath(matrix: QrMatrix, quietZone: number): string {
  const loops = traceOutlines(matrix);
  return loops
    .map((corners) => {
      const [first, ...rest] = corners.map(([x, y]) => [x + quietZone, y + quietZone] as const);
      let d = `M${first![0]} ${first![1]}`;
      let previous = first!;
      for (const point of rest) {
        d += point[0] === previous[0] ? `V${point[1]}` : `H${point[0]}`;
        previous = point;
      }
      return `${d}Z`;
    })
    .join('');
}

/** Modules per side including the quiet zone on both sides. */
export function sideWithQuietZone(matrix: QrMatrix, quietZone = QUIET_ZONE): number {
  return matrix.size + 2 * quietZone;
}

type Point = readonly [number, number];

/** Closed outlines as lists of corner points (direction changes only), in module coordinates. */
function traceOutlines(matrix: QrMatrix): Point[][] {
  const { size } = matrix;
  const dark = (row: number, col: number) =>
    row >= 0 && col >= 0 && row < size && col < size && matrix.data[row * size + col] === 1;
  const side = size + 1;
  const key = (x: number, y: number) => y * side + x;
  // Every boundary between a dark module and a light one becomes a unit edge, dark on its right.
  const outgoing = new Map<number, number[]>();
  const addEdge = (x1: number, y1: number, x2: number, y2: number) => {
    const from = key(x1, y1);
    const list = outgoing.get(from);
    if (list) list.push(key(x2, y2));
    else outgoing.set(from, [key(x2, y2)]);
  };
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (!dark(row, col)) continue;
      if (!dark(row - 1, col)) addEdge(col, row, col + 1, row);
      if (!dark(row, col + 1)) addEdge(col + 1, row, col + 1, row + 1);
      if (!dark(row + 1, col)) addEdge(col + 1, row + 1, col, row + 1);
      if (!dark(row, col - 1)) addEdge(col, row + 1, col, row);
    }
  }
  const loops: Point[][] = [];
  for (const start of [...outgoing.keys()].sort((a, b) => a - b)) {
    while (outgoing.get(start)?.length) loops.push(corners(walk(start, outgoing), side));
  }
  return loops;
}

/** Follows unused edges from `start` until back at it, using each edge once. */
function walk(start: number, outgoing: Map<number, number[]>): number[] {
  const visited = [start];
  let at = start;
  do {
    // Where two regions touch only at a corner a vertex has two exits; either keeps the fill correct.
    at = outgoing.get(at)!.shift()!;
    visited.push(at);
  } while (at !== start);
  visited.pop();
  return visited;
}

/** Keeps only the vertices where the outline turns, so straight runs become one segment. */
function corners(loop: readonly number[], side: number): Point[] {
  const point = (k: number): Point => [k % side, Math.floor(k / side)];
  const kept: Point[] = [];
  for (let i = 0; i < loop.length; i++) {
    const [px, py] = point(loop[(i - 1 + loop.length) % loop.length]!);
    const [x, y] = point(loop[i]!);
    const [nx, ny] = point(loop[(i + 1) % loop.length]!);
    const straight = (px === x && x === nx) || (py === y && y === ny);
    if (!straight) kept.push([x, y]);
  }
  return kept;
}
