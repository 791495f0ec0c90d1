// The requirement sheet, checked as arithmetic: everything on the paper, nothing over anything else, the
// code large enough to scan, the header above the items and the items above the footer, on every page.
import { describe, expect, it } from 'vitest';
import type { Rect } from '../../posters/geometry.ts';
import { PAPERS } from '../../posters/paper.ts';
import { sheetItems, type SheetItem } from '../../posters/sheet-content.ts';
import { flowItems, type SheetMark } from '../../posters/sheet-flow.ts';
import {
  layoutSheet,
  layoutSheetHeader,
  SHEET_FLOW_STYLE,
  SHEET_TYPE,
  type SheetLayout,
} from '../../posters/sheet-layout.ts';
import type { TextFont } from '../../src/drawing/text-width.ts';
import { loadContentOrThrow } from '../../src/lib/content/load-content.ts';
import { placementProblems, scannable } from './layout-checks.ts';

/** Every character 0.5 em wide, so line counts can be worked out by hand. */
const mono: TextFont = { widthOfTextAtSize: (text, size) => text.length * size * 0.5 };
const fonts = { regular: mono, bold: mono };
const paper = PAPERS.a4;
const content = await loadContentOrThrow('tests/fixtures/pdf-content');

const SHORT = { title: 'SKTM', summary: 'Surat keterangan.' };
const LONG = {
  title: 'Permohonan Rekomendasi Pemberitahuan Penyelenggaraan Keramaian Masyarakat di Wilayah Kecamatan',
  summary: 'Surat yang menyatakan keluarga Anda kurang mampu, supaya bisa mendapat keringanan biaya. '.repeat(2),
};

function frameRects(layout: SheetLayout): [string, Rect][] {
  const { footer } = layout;
  const footerLine = SHEET_TYPE.footer.size * SHEET_TYPE.footer.leading;
  const rects: [string, Rect][] = [
    ['qr', layout.qr],
    ['qr label', layout.qrLabel],
    ['footer rule', footer.rule],
    ['info', footer.info],
    ['check', footer.check],
    ...footer.complaintTops.map((top, index): [string, Rect] => [
      `complaints ${index}`,
      { x: footer.info.x, y: top - footerLine, width: footer.complaintWidth, height: footerLine },
    ]),
  ];
  if (layout.contoh) rects.push(['contoh', layout.contoh]);
  return rects;
}

describe.each([true, false])('layoutSheet on A4, CONTOH band %s', (contoh) => {
  const layout = layoutSheet({ paper, contoh });

  it('places the first page inside the printable area with nothing over anything else', () => {
    for (const text of [SHORT, LONG]) {
      const header = layoutSheetHeader(layout, text, fonts);
      const rects: [string, Rect][] = [
        ...frameRects(layout),
        ['kicker', header.kicker],
        ['title', header.title.box],
        ['summary', header.summary.box],
        ['checked', header.checked],
        ['rule', header.rule],
      ];
      expect(placementProblems(paper, rects), text.title).toEqual([]);
    }
  });

  it('places a later page inside the printable area with nothing over anything else', () => {
    const rects: [string, Rect][] = [
      ...frameRects(layout).filter(([name]) => !name.startsWith('qr')),
      ['later header', layout.later.header],
      ['later rule', layout.later.rule],
    ];
    expect(placementProblems(paper, rects)).toEqual([]);
  });

  it('keeps the code at least 25 mm of modules wide, in the top right corner under the band', () => {
    expect(scannable(layout.qr)).toBe(true);
    expect(layout.qr.x + layout.qr.width).toBeCloseTo(layout.flow.x + layout.flow.width, 6);
    expect(layout.qr.y + layout.qr.height).toBe(layout.top);
    expect(layout.contoh === undefined).toBe(!contoh);
    if (layout.contoh) expect(layout.contoh.y).toBeGreaterThan(layout.top);
  });

  it('keeps the header text left of the code, and the items below both the header and the address', () => {
    for (const text of [SHORT, LONG]) {
      const header = layoutSheetHeader(layout, text, fonts);
      expect(header.kicker.x + header.kicker.width).toBeLessThan(layout.qr.x);
      const ruleTop = header.rule.y + header.rule.height;
      expect(ruleTop).toBeLessThan(Math.min(header.checked.y, layout.qrLabel.y));
      expect(header.itemsTop).toBeLessThan(header.rule.y);
    }
  });

  it('orders the footer: rule, two lines of complaint channels, the address line, then the warning', () => {
    const { footer, flow } = layout;
    const tops = [footer.rule.y, ...footer.complaintTops, footer.info.y + footer.info.height, footer.check.y];
    expect(tops).toEqual([...tops].sort((a, b) => b - a));
    expect(flow.bottom).toBeGreaterThan(footer.rule.y + footer.rule.height);
  });
});

describe('layoutSheetHeader', () => {
  const layout = layoutSheet({ paper, contoh: false });

  it('gives a long title more lines and pushes the items down, never past three lines', () => {
    const short = layoutSheetHeader(layout, SHORT, fonts);
    const long = layoutSheetHeader(layout, LONG, fonts);
    expect(short.title.lines).toHaveLength(1);
    expect(long.title.lines.length).toBeGreaterThan(1);
    expect(long.title.lines.length).toBeLessThanOrEqual(SHEET_TYPE.title.lines);
    expect(long.itemsTop).toBeLessThan(short.itemsTop);
  });

  it('starts the items under the code even when the header is shorter than the code', () => {
    const short = layoutSheetHeader(layout, SHORT, fonts);
    expect(short.checked.y).toBeGreaterThan(layout.qrLabel.y);
    expect(short.itemsTop).toBeLessThan(layout.qrLabel.y);
  });
});

describe('flowItems', () => {
  const layout = layoutSheet({ paper, contoh: true });
  const frame = { ...layout.flow, firstTop: layout.top - 200, laterTop: layout.later.itemsTop };
  const flow = (items: readonly SheetItem[]) => flowItems(items, frame, fonts, SHEET_FLOW_STYLE);
  const everySheet = content.layanan.flatMap((layanan) => sheetItems(layanan));
  // Sections of 1 to 7 short paragraphs: some heading is bound to fall near the foot of a page.
  const sections: SheetItem[] = Array.from({ length: 40 }, (_, index) => [
    { kind: 'section' as const, text: `Bagian ${index + 1}` },
    ...Array.from({ length: (index % 7) + 1 }, () => ({ kind: 'text' as const, runs: [{ text: 'Satu baris.' }] })),
  ]).flat();

  it('continues onto more pages and never reaches into the footer or past the side margins', () => {
    const pages = flow(everySheet);
    expect(pages.length).toBeGreaterThan(2);
    const problems: string[] = [];
    pages.forEach((marks, page) => {
      for (const mark of marks) {
        const { x, y } = 'rect' in mark ? mark.rect : mark;
        if (y < frame.bottom || x < frame.x || x > frame.x + frame.width)
          problems.push(`${page}: ${mark.kind} ${x},${y}`);
      }
    });
    expect(problems).toEqual([]);
  });

  it('leaves room for two body lines under every section heading on its page', () => {
    const line = SHEET_FLOW_STYLE.body * SHEET_FLOW_STYLE.leading;
    const cramped: string[] = [];
    [...flow(everySheet), ...flow(sections)].forEach((marks, page) =>
      marks.forEach((mark, index) => {
        if (mark.kind !== 'text' || mark.size !== SHEET_FLOW_STYLE.section) return;
        const rule = marks[index + 1];
        if (rule?.kind !== 'rule' || rule.rect.y - 2 * line < frame.bottom - 1e-6)
          cramped.push(`${page}: ${mark.text}`);
      }),
    );
    expect(cramped).toEqual([]);
  });

  it('keeps every checklist line on one page with its tick box', () => {
    const document = 'Fotokopi Kartu Keluarga yang dilegalisasi oleh Dinas Kependudukan dan Pencatatan Sipil';
    const checklist: SheetItem[] = Array.from({ length: 40 }, () => ({
      kind: 'text',
      checkbox: true,
      runs: [{ text: `${document}\nJika ada / bila diperlukan` }],
    }));
    const pages = flow(checklist);
    expect(pages.length).toBeGreaterThan(1);
    // A split item would open the next page with its remaining lines instead of a tick box.
    expect(pages.map((marks) => marks[0]!.kind)).toEqual(pages.map(() => 'tickBox'));
    expect(pages.flat().filter((mark: SheetMark) => mark.kind === 'tickBox')).toHaveLength(40);
  });
});
