// Bézier curves as straight pieces, for the rasteriser (rasterise-outlines.ts): as many pieces as keep
// every one within a given distance of the curve, spaced evenly along it.

/**
 * Appends to `out` the points after (x0, y0) along the quadratic (control point c) or cubic (control
 * points c1, c2) curve to its end, each piece no further than `tolerance` from the curve.
 */
export function flattenCurve(out: number[], tolerance: number, ...points: number[]): void {
  if (points.length === 6) {
    const [x0, y0, cx, cy, x1, y1] = points as [number, number, number, number, number, number];
    // The curve strays from its chord by at most a quarter of this second difference; n even pieces by
    // at most that over n².
    const pieces = count(Math.hypot(x0 - 2 * cx + x1, y0 - 2 * cy + y1) / 4, tolerance);
    for (let step = 1; step <= pieces; step++) {
      const t = step / pieces;
      const u = 1 - t;
      out.push(u * u * x0 + 2 * u * t * cx + t * t * x1, u * u * y0 + 2 * u * t * cy + t * t * y1);
    }
    return;
  }
  const [x0, y0, ax, ay, bx, by, x1, y1] = points as [number, number, number, number, number, number, number, number];
  const bend = Math.max(Math.hypot(x0 - 2 * ax + bx, y0 - 2 * ay + by), Math.hypot(ax - 2 * bx + x1, ay - 2 * by + y1));
  const pieces = count((bend * 3) / 4, tolerance);
  for (let step = 1; step <= pieces; step++) {
    const t = step / pieces;
    const u = 1 - t;
    const [a, b, c, d] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
    out.push(a * x0 + b * ax + c * bx + d * x1, a * y0 + b * ay + c * by + d * y1);
  }
}

function count(deviation: number, tolerance: number): number {
  return Math.max(1, Math.ceil(Math.sqrt(deviation / tolerance)));
}
