// Noto Sans must come out of subsetting intact: @pdf-lib/fontkit 1.1.1 writes broken TrueType subsets
// whose text still extracts but renders blank or garbled, so the check is made on rendered pixels.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { fontsFor } from '../../posters/font.ts';
import { pdfFonts, pdfText, renderPdf } from '../support/pdf-tools.ts';
import { tempDir } from '../support/temp-dir.ts';

const require = createRequire(import.meta.url);
const SAMPLE = [
  'ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz',
  '0123456789 .,:;!?()/-–—«»·…% Rp10.000',
  'Surat Keterangan Tidak Mampu — CONTOH — Pindai kode',
  'Kecamatan Kemlagi, Desa Mojosarirejo, Kabupaten Mojokerto',
];

async function samplePdf(fonts: { regular: PDFFont; bold: PDFFont }, doc: PDFDocument): Promise<string> {
  const page = doc.addPage([595, 420]);
  SAMPLE.forEach((line, index) => {
    page.drawText(line, { x: 30, y: 380 - index * 40, size: 18, font: fonts.regular });
    page.drawText(line, { x: 30, y: 200 - index * 40, size: 18, font: fonts.bold });
  });
  const dir = await tempDir('font');
  const path = join(dir, 'sample.pdf');
  await writeFile(path, await doc.save());
  return path;
}

/** The same text with the whole font files embedded: slow and large, but nothing to go wrong. */
async function fullFontPdf(): Promise<string> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const load = (file: string) => readFile(require.resolve(`@expo-google-fonts/noto-sans/${file}`));
  const regular = await doc.embedFont(await load('400Regular/NotoSans_400Regular.ttf'));
  const bold = await doc.embedFont(await load('700Bold/NotoSans_700Bold.ttf'));
  return samplePdf({ regular, bold }, doc);
}

describe('the embedded Noto Sans subset', () => {
  it('renders every letter exactly as the complete font does', async () => {
    const doc = await PDFDocument.create();
    const subsetPdf = await samplePdf(await fontsFor(doc), doc);
    const [subsetPage] = await renderPdf(subsetPdf, 72);
    const [fullPage] = await renderPdf(await fullFontPdf(), 72);
    expect(Buffer.compare(await readFile(subsetPage!), await readFile(fullPage!))).toBe(0);
  });

  it('keeps the text extractable, for search and screen readers', async () => {
    const doc = await PDFDocument.create();
    const text = await pdfText(await samplePdf(await fontsFor(doc), doc), 'raw');
    for (const line of SAMPLE) expect(text).toContain(line);
  });

  it('is embedded once per document, as a subset of each weight', async () => {
    const doc = await PDFDocument.create();
    const first = await fontsFor(doc);
    expect(await fontsFor(doc)).toBe(first);
    const fonts = await pdfFonts(await samplePdf(first, doc));
    expect(fonts.map((font) => font.name).sort()).toEqual(['PELITA+NotoSans-Bold', 'PELITA+NotoSans-Regular']);
    expect(fonts.every((font) => font.embedded && font.subset && font.unicode)).toBe(true);
  });

  it('is much smaller than the complete fonts', async () => {
    const doc = await PDFDocument.create();
    const subset = (await readFile(await samplePdf(await fontsFor(doc), doc))).length;
    const full = (await readFile(await fullFontPdf())).length;
    expect(subset).toBeLessThan(full / 10);
  });
});
