// Rectangles in PDF points, with y measured up from the bottom edge of the page as PDF does.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A rectangle placed by its distance from the top of the page, which is how layouts are reasoned about. */
export function fromTop(pageHeight: number, x: number, top: number, width: number, height: number): Rect {
  return { x, y: pageHeight - top - height, width, height };
}

export function top(rect: Rect): number {
  return rect.y + rect.height;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function contains(outer: Rect, inner: Rect): boolean {
  const epsilon = 1e-6;
  return (
    inner.x >= outer.x - epsilon &&
    inner.y >= outer.y - epsilon &&
    inner.x + inner.width <= outer.x + outer.width + epsilon &&
    inner.y + inner.height <= outer.y + outer.height + epsilon
  );
}
