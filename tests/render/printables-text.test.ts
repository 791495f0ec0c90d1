// What people read on the printed files, what the files are made of, and that rebuilding is stable.
import { selectPosterServices } from '../../posters/poster-services.ts';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { printableUrl } from '../../src/lib/urls.ts';
import { pdfFonts, pdfText, pageSizes } from '../support/pdf-tools.ts';
import { fixtureContent, generateInto, longRealContent, type Output } from './fixture-output.ts';

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
  it('say everything a resident needs to bring and do', async () => {
    // The fixture has services with and without a penerbit, so both cases below are exercised.
    expect(placeholder.content.layanan.filter((layanan) => layanan.penerbit).length).toBeGreaterThan(0);
    for (const sheet of file(placeholder, 'lembar')) {
      const layanan = placeholder.content.layanan.find((item) => sheet.path === `lembar/${item.slug}.pdf`)!;
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

  it('continue a long sheet onto a second page that says which sheet it continues', async () => {
    const pages = await pagesOf(at(placeholder, 'lembar/ramai.pdf'));
    expect(pages.length).toBe(2);
    expect(pages[1]).toContain('(lanjutan)');
    expect(pages[1]).toContain('Halaman 2 dari 2');
  });

  it('lay out the markdown notes, headings and lists included', async () => {
    const text = (await pagesOf(at(placeholder, 'lembar/kk.pdf'))).join(' ');
    expect(text).toContain(
      'Jika KK hilang Laporkan dulu ke kantor polisi terdekat, lalu: 1. Bawa surat keterangan hilang. 2. Sebutkan NIK',
    );
  });
});

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
