// The requirement sheet, checked as arithmetic: everything on the paper, nothing over anything else, the
// code large enough to scan, the header above the items and the items above the footer, on every page,
// in normal and in large print; and the flow: pages filled before a break, headings never left alone.
import { describe, expect, it } from 'vitest';
import type { Rect } from '../../posters/geometry.ts';
import { PAPERS } from '../../posters/paper.ts';
import { sheetItems, type SheetItem } from '../../posters/sheet-content.ts';
import { flowItems, flowSheet, type SheetMark } from '../../posters/sheet-flow.ts';
import {
  layoutSheet,
  layoutSheetHeader,
  SHEET_STYLES,
  SHEET_TYPES,
  type SheetLayout,
  type SheetPrint,
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
  const footerLine = layout.type.footer.size * layout.type.footer.leading;
  const rects: [string, Rect][] = [
    ['qr', layout.qr],
    ['qr label', layout.qrLabel],
    ['footer rule', footer.rule],
    ['info', footer.info],
    ['check', footer.check],
    ...footer.complaintTops.map((top, index): [string, Rect] => [
      `complaints ${index}`,
      // A hair less than a line, so that rounding never makes two touching lines overlap.
      { x: footer.info.x, y: top - footerLine, width: footer.complaintWidth, height: footerLine - 1e-9 },
    ]),
  ];
  if (layout.contoh) rects.push(['contoh', layout.contoh]);
  return rects;
}

const PRINTS: SheetPrint[] = ['normal', 'large'];
describe.each(PRINTS.flatMap((print) => [true, false].map((contoh) => [print, contoh] as const)))(
  'layoutSheet on A4 in %s print, CONTOH band %s',
  (print, contoh) => {
    const layout = layoutSheet({ paper, contoh, print });

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

    it('orders the footer: rule, the lines of complaint channels, the address line, then the warning', () => {
      const { footer, flow } = layout;
      const tops = [footer.rule.y, ...footer.complaintTops, footer.info.y + footer.info.height, footer.check.y];
      expect(tops).toEqual([...tops].sort((a, b) => b - a));
      expect(footer.complaintTops).toHaveLength(layout.type.complaints.lines);
      expect(flow.bottom).toBeGreaterThan(footer.rule.y + footer.rule.height);
    });
  },
);

describe('large print', () => {
  it('sets every text a resident reads at 16 pt or more, in every style it may take', () => {
    const { title, summary, checked } = SHEET_TYPES.large;
    expect(Math.min(title.min, summary.size, checked.min)).toBeGreaterThanOrEqual(16);
    for (const style of SHEET_STYLES.large) expect(Math.min(style.body, style.section)).toBeGreaterThanOrEqual(16);
    const normal = SHEET_TYPES.normal;
    expect(SHEET_TYPES.large.footer.min).toBeGreaterThan(normal.footer.min);
  });

  it('never shrinks the body text of either print when it tightens, only space, leading and headings', () => {
    for (const print of PRINTS) {
      const [roomy, ...tighter] = SHEET_STYLES[print];
      for (const style of tighter) {
        expect(style.body).toBe(roomy!.body);
        expect(style.leading).toBeGreaterThanOrEqual(1.2);
        expect(style.section).toBeGreaterThan(style.body);
      }
    }
  });
});

describe('layoutSheetHeader', () => {
  const layout = layoutSheet({ paper, contoh: false });

  it('gives a long title more lines and pushes the items down, never past three lines', () => {
    const short = layoutSheetHeader(layout, SHORT, fonts);
    const long = layoutSheetHeader(layout, LONG, fonts);
    expect(short.title.lines).toHaveLength(1);
    expect(long.title.lines.length).toBeGreaterThan(1);
    expect(long.title.lines.length).toBeLessThanOrEqual(SHEET_TYPES.normal.title.lines);
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
  const [ROOMY] = SHEET_STYLES.normal;
  const flow = (items: readonly SheetItem[], style = ROOMY!) => flowItems(items, frame, fonts, style);
  const everySheet = content.layanan.flatMap((layanan) => sheetItems(layanan, content.kecamatan));
  const line = ROOMY!.body * ROOMY!.leading;
  const paragraph = (text: string): SheetItem => ({ kind: 'text', runs: [{ text }] });
  // Sections of 1 to 7 short paragraphs, and of a note: some heading is bound to fall near the foot of a page.
  const sections: SheetItem[] = Array.from({ length: 40 }, (_, index) => [
    { kind: 'section' as const, text: `Bagian ${index + 1}` },
    ...(index % 3 === 0
      ? [{ kind: 'note' as const, runs: [{ text: 'Catatan penting. '.repeat(12) }] }]
      : Array.from({ length: (index % 7) + 1 }, () => paragraph('Satu baris.'))),
  ]).flat();
  const lowest = (marks: readonly SheetMark[]) =>
    Math.min(...marks.map((mark) => ('rect' in mark ? mark.rect.y : mark.y)));

  it('continues onto more pages and never reaches into the footer or past the side margins', () => {
    for (const style of SHEET_STYLES.normal) {
      const pages = flow(everySheet, style);
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
    }
  });

  it('never ends a page with a heading: a section or case title moves on with what follows it', () => {
    const alone: string[] = [];
    for (const items of [everySheet, sections]) {
      const pages = flow(items);
      pages.slice(0, -1).forEach((marks, page) => {
        const last = marks.at(-1)!;
        // A section ends in its rule; a subheading is a bold line larger than body text.
        if (last.kind === 'rule' || (last.kind === 'line' && last.size > ROOMY!.body))
          alone.push(`${page}: ${last.kind}`);
      });
      expect(pages.length).toBeGreaterThan(2);
    }
    expect(alone).toEqual([]);
  });

  it('fills a page before breaking: the room left at its foot is less than what opens the next page', () => {
    const paragraphs = sections.filter((item) => item.kind !== 'note');
    // Space above a section, its heading and rule, then its first line: what a heading keeps with it.
    const opening = line + ROOMY!.section * ROOMY!.leading + 7 + 0.3 * line + line;
    const pages = flow(paragraphs);
    expect(pages.length).toBeGreaterThan(2);
    pages.slice(0, -1).forEach((marks, page) => {
      expect(lowest(marks) - frame.bottom, `page ${page + 1}`).toBeLessThan(opening);
    });
  });

  it('parts a long paragraph between lines, leaving at least two of them on each page', () => {
    const long = paragraph('Kalimat yang cukup panjang untuk mengisi satu baris penuh di lembar. '.repeat(12));
    const filler = (count: number) => Array.from({ length: count }, () => paragraph('Satu'));
    const split: number[][] = [];
    // Every place the paragraph may start at on page 1, one filler line apart.
    for (let count = 0; count < 40; count++) {
      const pages = flow([...filler(count), long]);
      const longLines = pages.map(
        (marks) => marks.filter((mark) => mark.kind === 'line' && mark.line[0]!.text !== 'Satu').length,
      );
      if (longLines.filter(Boolean).length > 1) split.push(longLines);
    }
    expect(split.length).toBeGreaterThan(0);
    for (const longLines of split) expect(Math.min(...longLines.filter(Boolean))).toBeGreaterThanOrEqual(2);
  });

  it('wraps a long case title as the bold type it is printed in, inside the column', () => {
    const wideBold = {
      regular: mono,
      bold: { widthOfTextAtSize: (text: string, size: number) => text.length * size * 0.7 },
    };
    const title: SheetItem = {
      kind: 'subheading',
      runs: [{ text: 'Perubahan karena ada anggota keluarga yang meninggal dunia '.repeat(2) }],
    };
    const marks = flowItems([title], frame, wideBold, ROOMY!).flat();
    // As draw-marks.ts paints a line: each piece in its own weight.
    const width = (piece: { text: string; bold?: boolean | undefined }, size: number) =>
      (piece.bold ? wideBold.bold : mono).widthOfTextAtSize(piece.text, size);
    const right = marks.map((mark) =>
      mark.kind === 'line' ? mark.x + mark.line.reduce((sum, piece) => sum + width(piece, mark.size), 0) : 0,
    );
    expect(marks.length).toBeGreaterThan(1);
    expect(marks.every((mark) => mark.kind === 'line' && mark.line.some((piece) => piece.bold))).toBe(true);
    expect(Math.max(...right)).toBeLessThanOrEqual(frame.x + frame.width + 1e-6);
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

describe('flowSheet', () => {
  const layout = layoutSheet({ paper, contoh: true });
  const frame = { ...layout.flow, firstTop: layout.top - 200, laterTop: layout.later.itemsTop };
  const styles = SHEET_STYLES.normal;
  const lines = (count: number): SheetItem[] => [
    { kind: 'section', text: 'Dokumen yang harus dibawa' },
    ...Array.from({ length: count }, (): SheetItem => ({ kind: 'text', checkbox: true, runs: [{ text: 'KTP-el' }] })),
  ];
  const pagesAt = (count: number, style = styles[0]!) => flowItems(lines(count), frame, fonts, style).length;
  /** The most checklist lines that fit on one page in `style`. */
  const capacity = (style = styles[0]!) => {
    let count = 1;
    while (pagesAt(count + 1, style) === 1) count++;
    return count;
  };

  it('keeps the roomiest style when the content fits in it', () => {
    const sheet = flowSheet(lines(capacity()), frame, fonts, styles);
    expect(sheet.style).toBe(styles[0]);
    expect(sheet.pages).toHaveLength(1);
  });

  it('sets a sheet tighter rather than spill it onto a second page, body text at its size', () => {
    const count = capacity(styles.at(-1)!);
    expect(pagesAt(count)).toBe(2);
    const sheet = flowSheet(lines(count), frame, fonts, styles);
    expect(sheet.pages).toHaveLength(1);
    expect(sheet.style).not.toBe(styles[0]);
    const sizes = sheet.pages.flat().flatMap((mark) => (mark.kind === 'line' ? [mark.size] : []));
    expect(new Set(sizes)).toEqual(new Set([styles[0]!.body]));
  });

  it('goes back to the roomiest style that needs no more pages when even the tightest takes two', () => {
    const count = capacity(styles.at(-1)!) + 10;
    const sheet = flowSheet(lines(count), frame, fonts, styles);
    expect(sheet.pages).toHaveLength(2);
    expect(sheet.style).toBe(styles[0]);
  });
});
