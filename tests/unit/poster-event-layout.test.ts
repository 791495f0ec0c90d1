// The service-fair poster, checked as arithmetic: everything on the paper, nothing over anything else,
// a code large enough to scan, and the reading order from the band down to the footer.
import { describe, expect, it } from 'vitest';
import { layoutEventPoster, type EventPosterLayout } from '../../posters/event-poster-layout.ts';
import { top, type Rect } from '../../posters/geometry.ts';
import { PAPERS } from '../../posters/paper.ts';
import { placementProblems, scannable } from './layout-checks.ts';

function rectsOf(layout: EventPosterLayout): [string, Rect][] {
  const { kicker, title, rule, whenWhere, body, scanCaption, qr, url, footer } = layout;
  const rects: [string, Rect][] = Object.entries({
    kicker,
    title,
    rule,
    whenWhere,
    body,
    scanCaption,
    qr,
    url,
    footer,
  });
  if (layout.contoh) rects.push(['contoh', layout.contoh]);
  return rects;
}

describe.each([true, false])('layoutEventPoster on A4, CONTOH band %s', (contoh) => {
  const layout = layoutEventPoster({ paper: PAPERS.a4, contoh });

  it('places everything inside the printable area with nothing over anything else', () => {
    expect(placementProblems(PAPERS.a4, rectsOf(layout))).toEqual([]);
  });

  it('keeps the code square and at least 25 mm of modules wide, flush with the right margin', () => {
    expect(scannable(layout.qr)).toBe(true);
    expect(layout.qr.x + layout.qr.width).toBeCloseTo(layout.kicker.x + layout.kicker.width, 6);
  });

  it('reads from the top: band, kicker, title, rule, when and where, the list, the footer', () => {
    const order = [layout.contoh, layout.kicker, layout.title, layout.rule, layout.whenWhere, layout.body];
    const tops = order.filter((rect) => rect !== undefined).map(top);
    expect(tops).toEqual([...tops].sort((a, b) => b - a));
    expect(layout.body.y).toBeGreaterThan(top(layout.footer));
  });

  it('stacks the caption, the code and its address in the column beside the list', () => {
    const column = [layout.scanCaption, layout.qr, layout.url];
    expect(column.map(top)).toEqual(column.map(top).sort((a, b) => b - a));
    expect(top(layout.scanCaption)).toBe(top(layout.body));
    for (const rect of column) expect(rect.x).toBeGreaterThan(layout.body.x + layout.body.width);
    expect(layout.url.y).toBeGreaterThan(top(layout.footer));
  });
});

describe('layoutEventPoster', () => {
  it('moves everything down by the band while the site address is a placeholder', () => {
    const plain = layoutEventPoster({ paper: PAPERS.a4, contoh: false });
    const marked = layoutEventPoster({ paper: PAPERS.a4, contoh: true });
    expect(plain.contoh).toBeUndefined();
    expect(top(plain.kicker) - top(marked.kicker)).toBe(26 + 10); // the band and the gap under it
    expect(marked.footer).toEqual(plain.footer);
  });
});
