// What every printed layout must satisfy, shared by the layout tests: boxes inside the area every
// office printer reaches, and no box over another.
import { contains, overlaps, type Rect } from '../../posters/geometry.ts';
import { mm, type Paper } from '../../posters/paper.ts';
import { MIN_SYMBOL } from '../../posters/poster-grid.ts';

/** The printable area: 10 mm in from every edge, which every office printer can reach. */
function printable(paper: Paper): Rect {
  return { x: mm(10), y: mm(10), width: paper.width - mm(20), height: paper.height - mm(20) };
}

/** "name outside" for a box past the printable area, "a over b" for two boxes that overlap. */
export function placementProblems(paper: Paper, rects: readonly [string, Rect][]): string[] {
  const problems: string[] = [];
  for (const [name, rect] of rects) if (!contains(printable(paper), rect)) problems.push(`${name} outside`);
  for (let i = 0; i < rects.length; i++) {
    for (let j = i + 1; j < rects.length; j++) {
      if (overlaps(rects[i]![1], rects[j]![1])) problems.push(`${rects[i]![0]} over ${rects[j]![0]}`);
    }
  }
  return problems;
}

/** True when a square code box keeps 25 mm of modules, planned as version 4 (33 of 41 modules). */
export function scannable(qr: Rect): boolean {
  return qr.width === qr.height && (qr.width * 33) / 41 >= MIN_SYMBOL - 0.01;
}
