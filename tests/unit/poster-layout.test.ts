// The poster grid, checked as arithmetic: codes stay scannable, nothing overlaps, every service appears.
import { describe, expect, it } from 'vitest';
import type { Rect } from '../../posters/geometry.ts';
import { PAPERS } from '../../posters/paper.ts';
import { layoutPoster, type PosterPage } from '../../posters/poster-layout.ts';
import { placementProblems, scannable } from './layout-checks.ts';

const papers = Object.values(PAPERS);
const counts = Array.from({ length: 40 }, (_, index) => index + 1);

function rectsOf(page: PosterPage): [string, Rect][] {
  const rects: [string, Rect][] = [
    ['header', page.header],
    ['footer', page.footer],
  ];
  if (page.contoh) rects.push(['contoh', page.contoh]);
  if (page.section) rects.push(['section', page.section]);
  if (page.hero) rects.push(['hero qr', page.hero.qr], ['hero url', page.hero.url], ['hero text', page.hero.text]);
  for (const cell of page.cells) {
    rects.push([`title ${cell.index}`, cell.title], [`qr ${cell.index}`, cell.qr], [`url ${cell.index}`, cell.url]);
  }
  return rects;
}

describe.each(papers)('layoutPoster on $label', (paper) => {
  it('keeps every service code at least 25 mm of dark modules wide, for 1 to 40 services', () => {
    const tooSmall: string[] = [];
    for (const services of counts) {
      for (const cell of layoutPoster({ paper, services, contoh: true }).pages.flatMap((page) => page.cells)) {
        if (!scannable(cell.qr)) tooSmall.push(`${services}: ${cell.index}`);
      }
    }
    expect(tooSmall).toEqual([]);
  });

  it('places nothing over anything else, and everything within the printable area', () => {
    const problems: string[] = [];
    for (const services of counts) {
      for (const contoh of [true, false]) {
        for (const page of layoutPoster({ paper, services, contoh }).pages) {
          problems.push(...placementProblems(paper, rectsOf(page)).map((problem) => `${services}: ${problem}`));
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('shows each service exactly once, in the order given', () => {
    for (const services of counts) {
      const pages = layoutPoster({ paper, services, contoh: false }).pages;
      expect(pages.flatMap((page) => page.cells.map((cell) => cell.index))).toEqual(
        Array.from({ length: services }, (_, index) => index),
      );
    }
  });

  it('repeats the header on every page and puts the village code on the first page only', () => {
    const { pages } = layoutPoster({ paper, services: 40, contoh: true });
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, index) => {
      expect(page.header.height).toBeGreaterThan(0);
      expect(page.contoh?.height).toBeGreaterThan(0);
      expect(page.hero !== undefined).toBe(index === 0);
    });
  });

  it('draws the CONTOH band only while asked to', () => {
    expect(layoutPoster({ paper, services: 5, contoh: false }).pages.every((page) => page.contoh === undefined)).toBe(
      true,
    );
  });
});

describe('layoutPoster across paper sizes', () => {
  it('fits a short list of services on one A4 page and continues a long one onto more pages', () => {
    expect(layoutPoster({ paper: PAPERS.a4, services: 8, contoh: true }).pages).toHaveLength(1);
    expect(layoutPoster({ paper: PAPERS.a4, services: 20, contoh: true }).pages.length).toBeGreaterThan(1);
  });

  it('never needs more F4 pages than A4 pages, F4 being the taller sheet', () => {
    for (const services of counts) {
      const a4 = layoutPoster({ paper: PAPERS.a4, services, contoh: true }).pages.length;
      expect(layoutPoster({ paper: PAPERS.f4, services, contoh: true }).pages.length).toBeLessThanOrEqual(a4);
    }
  });

  it('makes type and the village code larger on A3 than on A4', () => {
    const a4 = layoutPoster({ paper: PAPERS.a4, services: 10, contoh: false });
    const a3 = layoutPoster({ paper: PAPERS.a3, services: 10, contoh: false });
    expect(a3.type.title).toBeGreaterThan(a4.type.title);
    expect(a3.pages[0]!.hero!.qr.width).toBeGreaterThan(a4.pages[0]!.hero!.qr.width);
  });

  it('measures F4 as 215 × 330 mm', () => {
    expect(PAPERS.f4.width).toBeCloseTo(609.4, 0);
    expect(PAPERS.f4.height).toBeCloseTo(935.4, 0);
  });
});
