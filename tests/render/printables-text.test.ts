// What people read on the printed files, what the files are made of, and that rebuilding is stable.
import { selectPosterServices } from '../../posters/poster-services.ts';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Rect } from '../../posters/geometry.ts';
import { PAPERS } from '../../posters/paper.ts';
import { layoutSheet, type SheetLayout, type SheetPrint } from '../../posters/sheet-layout.ts';
import {
  gratisKalimat,
  isGratis,
  showsTidakPerlu,
  tidakPerluJudul,
  TIDAK_PERLU_JUDUL,
} from '../../src/lib/tidak-perlu.ts';
import { paths, printableUrl } from '../../src/lib/urls.ts';
import { pdfFonts, pdfText, pageSizes } from '../support/pdf-tools.ts';
import { fixtureContent, generateInto, longRealContent, type Output } from './fixture-output.ts';
import { pdfWords, type PdfWord } from './pdf-words.ts';

const MARK = 'CONTOH — BELUM UNTUK DICETAK';
const SIZES = { a4: [595.3, 841.9], f4: [609.4, 935.4], a3: [841.9, 1190.6] } as const;
const longDate = (iso: string) =>
  new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
/** Text of each page in drawing order, whitespace collapsed, so wrapped titles read as one phrase. */
const pagesOf = async (path: string) =>
  (await pdfText(path, 'raw'))
    .split('\f')
    .slice(0, -1)
    .map((page) => page.replace(/\s+/g, ' '));

let placeholder: Output;
let real: Output;
beforeAll(async () => {
  placeholder = await generateInto(await fixtureContent(), ['a4', 'f4', 'a3']);
  real = await generateInto(await longRealContent(), ['a4']);
});
const file = (output: Output, kind: string) => output.summary.files.filter((item) => item.kind === kind);
const at = (output: Output, path: string) => join(output.dir, path);

describe('village posters', () => {
  it('name the village and every service, with the print date and the address to check', async () => {
    for (const output of [placeholder, real]) {
      for (const poster of file(output, 'poster-desa')) {
        const desa = output.content.desa.find((item) => poster.path.includes(`desa-${item.slug}-`))!;
        const text = (await pagesOf(at(output, poster.path))).join(' ');
        expect(text).toContain(`Desa ${desa.nama}`);
        expect(text).toContain('Scan untuk melihat persyaratan layanan');
        for (const layanan of selectPosterServices(output.content.layanan).shown)
          expect(text, poster.path).toContain(layanan.judul);
        expect(text).toContain('Dicetak 22 November 2026');
        expect(text).toContain(printableUrl(output.content.kecamatan.situs));
      }
    }
  });

  it('repeat the kecamatan and village header on every page of a long poster', async () => {
    const poster = file(real, 'poster-desa')[0]!;
    const pages = await pagesOf(at(real, poster.path));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toMatch(/KECAMATAN KEMLAGI · KABUPATEN MOJOKERTO Desa \w+/);
  });
});

describe('requirement sheets', () => {
  const sheets = (output: Output) =>
    output.summary.files.filter((item) => item.kind === 'lembar' || item.kind === 'lembar-besar');
  const layananOf = (output: Output, path: string) =>
    output.content.layanan.find((item) =>
      [paths.lembar(item), paths.lembarBesar(item)].some((sheet) => sheet.slice(1) === path),
    )!;

  it('say everything a resident needs to bring and do, in normal and in large print', async () => {
    expect(sheets(placeholder)).toHaveLength(2 * placeholder.content.layanan.length);
    // The fixture has services with and without a penerbit, so both cases below are exercised.
    expect(placeholder.content.layanan.filter((layanan) => layanan.penerbit).length).toBeGreaterThan(0);
    for (const sheet of sheets(placeholder)) {
      const layanan = layananOf(placeholder, sheet.path);
      const text = (await pagesOf(at(placeholder, sheet.path))).join(' ');
      for (const phrase of [
        layanan.judul,
        layanan.ringkasan,
        layanan.waktu,
        layanan.biaya,
        layanan.produk,
        ...layanan.prosedur,
      ]) {
        expect(text, sheet.path).toContain(phrase);
      }
      for (const dokumen of layanan.persyaratan) expect(text).toContain(dokumen.dokumen);
      expect(text.includes('Perlu surat pengantar dari desa/kelurahan')).toBe(layanan.pengantar_desa);
      expect(text.includes(layanan.penerbit ?? ''), `${sheet.path}: penerbit`).toBe(true);
      expect(text).toContain(`Terakhir diperiksa: ${longDate(layanan.diperbarui)}`);
      for (const saluran of placeholder.content.kecamatan.pengaduan) expect(text).toContain(saluran.label);
    }
  });

  it('show every case under its title with its own documents and note, after the common documents', async () => {
    const withCases = placeholder.content.layanan.filter((layanan) => layanan.keperluan.length > 0);
    expect(withCases.map((layanan) => layanan.keperluan.length).sort()).toEqual([3, 4]);
    for (const layanan of withCases) {
      for (const path of [paths.lembar(layanan), paths.lembarBesar(layanan)]) {
        const text = (await pagesOf(at(placeholder, path.slice(1)))).join(' ');
        let from = text.indexOf(layanan.persyaratan.at(-1)!.dokumen);
        expect(from, path).toBeGreaterThan(0);
        for (const keperluan of layanan.keperluan) {
          // Each case's title, then its documents and note, in order and after everything before it.
          for (const phrase of [keperluan.judul, ...keperluan.persyaratan.map((item) => item.dokumen)]) {
            const at = text.indexOf(phrase, from);
            expect(at, `${path}: ${phrase}`).toBeGreaterThan(from);
            from = at;
          }
          if (keperluan.catatan) expect(text, path).toContain(`Catatan: ${keperluan.catatan}`);
        }
      }
    }
  });

  it('say what nobody may ask for and, for a free service, where to report a demand for money', async () => {
    for (const layanan of placeholder.content.layanan) {
      const text = (await pagesOf(at(placeholder, paths.lembar(layanan).slice(1)))).join(' ');
      expect(text.includes(tidakPerluJudul(layanan)), layanan.slug).toBe(showsTidakPerlu(layanan));
      expect(text.includes(TIDAK_PERLU_JUDUL), layanan.slug).toBe(layanan.tidak_perlu.length > 0);
      for (const kalimat of layanan.tidak_perlu) expect(text).toContain(kalimat);
      const { awal, saluran } = gratisKalimat(placeholder.content.kecamatan);
      expect(text.includes(`${awal}${saluran.label}`), layanan.slug).toBe(isGratis(layanan.biaya));
    }
    expect(placeholder.content.layanan.filter((layanan) => layanan.tidak_perlu.length > 0)).toHaveLength(2);
  });

  it('fit on one page when their content can, set tighter rather than spill a few lines over', async () => {
    for (const output of [placeholder, real]) {
      for (const slug of ['sktm', 'pindah', 'waris']) {
        const path = `lembar/${slug}.pdf`;
        expect(await pagesOf(at(output, path)), path).toHaveLength(1);
      }
    }
  });

  it('continue a long sheet onto a second page that says which sheet it continues', async () => {
    const pages = await pagesOf(at(placeholder, 'lembar/ramai.pdf'));
    expect(pages.length).toBe(2);
    expect(pages[1]).toContain('(lanjutan)');
    expect(pages[1]).toContain('Halaman 2 dari 2');
  });

  it('print large print on as many pages as it needs, each saying which sheet it continues', async () => {
    let longer = 0;
    for (const layanan of placeholder.content.layanan) {
      const normal = await pagesOf(at(placeholder, paths.lembar(layanan).slice(1)));
      const large = await pagesOf(at(placeholder, paths.lembarBesar(layanan).slice(1)));
      expect(large.length, layanan.slug).toBeGreaterThanOrEqual(normal.length);
      if (large.length > normal.length) longer++;
      large.forEach((page, index) => {
        expect(page).toContain(`Halaman ${index + 1} dari ${large.length}`);
        if (index > 0) expect(page).toContain('(lanjutan)');
      });
    }
    expect(longer).toBeGreaterThan(0);
  });

  it('set every text a resident reads in large print at 16 pt or more, where the normal sheet has 11 pt', async () => {
    const sizes = async (print: SheetPrint) => {
      const layout = layoutSheet({ paper: PAPERS.a4, contoh: true, print });
      const found: number[] = [];
      for (const layanan of placeholder.content.layanan) {
        const path = at(placeholder, (print === 'large' ? paths.lembarBesar : paths.lembar)(layanan).slice(1));
        (await pdfWords(path)).forEach((words, page) =>
          found.push(...words.filter((word) => readByResident(word, layout, page)).map((word) => word.size)),
        );
      }
      return found;
    };
    const [large, normal] = [await sizes('large'), await sizes('normal')];
    expect(large.length).toBeGreaterThan(500);
    expect(Math.min(...large)).toBeGreaterThanOrEqual(16 - 0.01);
    // The body text is the most common size on both: the boxes measure real sizes, not a constant.
    expect(mostCommon(large)).toBeCloseTo(16, 1);
    expect(mostCommon(normal)).toBeCloseTo(11, 1);
  });

  it('lay out the markdown notes, headings and lists included', async () => {
    const text = (await pagesOf(at(placeholder, 'lembar/kk.pdf'))).join(' ');
    expect(text).toContain(
      'Jika KK hilang Laporkan dulu ke kantor polisi terdekat, lalu: 1. Bawa surat keterangan hilang. 2. Sebutkan NIK',
    );
  });
});

/**
 * Whether a word is part of what residents read: not the CONTOH band, the small kicker above the title,
 * the code's printed address, the later pages' running header or the footer (poppler measures y down).
 */
function readByResident(word: PdfWord, layout: SheetLayout, page: number): boolean {
  const height = layout.paper.height;
  const kickerBottom = height - layout.top + layout.type.kicker.size * layout.type.kicker.leading;
  const inside = (rect: Rect) =>
    word.xMin >= rect.x - 1 && word.xMax <= rect.x + rect.width + 1 && word.yMax >= height - (rect.y + rect.height) - 1;
  if (word.yMin > height - (layout.footer.rule.y + layout.footer.rule.height) - 1) return false;
  if (word.yMax <= height - layout.top + 1) return false;
  if (page === 0)
    return word.yMin > kickerBottom - 1 && !(inside(layout.qrLabel) && word.yMin < height - layout.qrLabel.y);
  return word.yMin > height - layout.later.rule.y;
}

function mostCommon(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const value of values)
    counts.set(Math.round(value * 10) / 10, (counts.get(Math.round(value * 10) / 10) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

describe('the CONTOH mark', () => {
  it('is on every page of every file while the site address is a placeholder', async () => {
    for (const item of placeholder.summary.files) {
      const pages = await pagesOf(at(placeholder, item.path));
      expect(
        pages.filter((page) => page.includes(MARK)),
        item.path,
      ).toHaveLength(item.pages);
    }
  });

  it('is absent once the site has a real https address', async () => {
    for (const item of real.summary.files)
      expect(await pdfText(at(real, item.path)), item.path).not.toContain('CONTOH');
  });
});

describe('every file', () => {
  it('embeds Noto Sans once per weight, as subsets', async () => {
    for (const item of [...placeholder.summary.files, ...real.summary.files]) {
      const fonts = await pdfFonts(at(placeholder.summary.files.includes(item) ? placeholder : real, item.path));
      expect(fonts.map((font) => font.name).sort(), item.path).toEqual([
        'PELITA+NotoSans-Bold',
        'PELITA+NotoSans-Regular',
      ]);
      expect(fonts.every((font) => font.embedded && font.subset)).toBe(true);
    }
  });

  it('has pages of the paper size in its name, sheets on A4', async () => {
    for (const item of placeholder.summary.files) {
      const kertas = /-(a4|f4|a3)\.pdf$/.exec(item.path)?.[1] as keyof typeof SIZES | undefined;
      const [width, height] = SIZES[kertas ?? 'a4'];
      for (const size of await pageSizes(at(placeholder, item.path))) {
        expect(Math.abs(size.width - width), item.path).toBeLessThanOrEqual(1);
        expect(Math.abs(size.height - height), item.path).toBeLessThanOrEqual(1);
      }
    }
  });

  it('comes out byte for byte the same when the same content is printed again on the same day', async () => {
    const again = await generateInto(await fixtureContent(), ['a4', 'f4', 'a3']);
    for (const item of placeholder.summary.files) {
      const [first, second] = await Promise.all([readFile(at(placeholder, item.path)), readFile(at(again, item.path))]);
      expect(Buffer.compare(first, second), item.path).toBe(0);
    }
  });

  it('carries a title, the Indonesian language tag and Pelita as creator', async () => {
    const bytes = await readFile(at(placeholder, 'lembar/sktm.pdf'));
    const { PDFDocument } = await import('pdf-lib');
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getTitle()).toContain('Surat Keterangan Tidak Mampu');
    expect(doc.getCreator()).toBe('Pelita');
    expect(doc.catalog.get(doc.context.obj('Lang') as never)?.toString()).toBe('(id-ID)');
  });
});
