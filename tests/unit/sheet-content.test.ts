// What a requirement sheet says, before any drawing: the wording residents will read.
import { describe, expect, it } from 'vitest';
import { markdownBlocks } from '../../posters/markdown-blocks.ts';
import { plainText } from '../../posters/rich-text.ts';
import { complaintRuns, sheetItems, type SheetItem } from '../../posters/sheet-content.ts';
import { loadContentOrThrow } from '../../src/lib/content/load-content.ts';
import { dokumenFor } from '../../src/lib/keperluan.ts';
import { TIDAK_PERLU_JUDUL } from '../../src/lib/tidak-perlu.ts';
import type { Layanan } from '../../src/schema/index.ts';

const content = await loadContentOrThrow('tests/fixtures/pdf-content');
const layanan = (slug: string) => content.layanan.find((item) => item.slug === slug)!;
const items = (service: Layanan) => sheetItems(service, content.kecamatan);
const textOf = (item: SheetItem) =>
  'text' in item ? item.text : 'runs' in item ? plainText(item.runs) : `${item.label}: ${item.value}`;
const texts = (slug: string) => items(layanan(slug)).map(textOf);
/** The items of one section, from its heading to the next. */
const section = (service: Layanan, heading: string) => {
  const all = items(service);
  const start = all.findIndex((item) => item.kind === 'section' && item.text === heading);
  if (start < 0) return [];
  const end = all.findIndex((item, index) => index > start && item.kind === 'section');
  return all.slice(start + 1, end < 0 ? undefined : end);
};

describe('markdownBlocks', () => {
  it('keeps headings, paragraphs, bold words and list markers from the notes', () => {
    const blocks = markdownBlocks('## Jika hilang\n\nLapor ke **polisi** dulu.\n\n- satu\n- dua\n\n3. tiga\n4. empat');
    expect(blocks.map((block) => [block.kind, plainText(block.runs), block.marker ?? ''])).toEqual([
      ['heading', 'Jika hilang', ''],
      ['paragraph', 'Lapor ke polisi dulu.', ''],
      ['paragraph', 'satu', '•'],
      ['paragraph', 'dua', '•'],
      ['paragraph', 'tiga', '3.'],
      ['paragraph', 'empat', '4.'],
    ]);
    expect(blocks[1]!.runs.filter((run) => run.bold).map((run) => run.text)).toEqual(['polisi']);
  });

  it('prints the address of a link after its text, since paper cannot be clicked', () => {
    const [block] = markdownBlocks('Lapor lewat [LAPOR!](https://www.lapor.go.id/).');
    expect(plainText(block!.runs)).toBe('Lapor lewat LAPOR! (www.lapor.go.id).');
  });

  it('keeps the nesting depth of lists inside lists', () => {
    const blocks = markdownBlocks('- luar\n  - dalam');
    expect(blocks.map((block) => block.depth)).toEqual([1, 2]);
  });
});

describe('sheetItems', () => {
  it('lists every required document with its count, note and whether it is optional', () => {
    const lines = texts('sktm');
    for (const dokumen of layanan('sktm').persyaratan)
      expect(lines.some((line) => line.startsWith(dokumen.dokumen))).toBe(true);
    expect(lines).toContain('Fotokopi KTP-el (2 lembar)');
    expect(lines.find((line) => line.startsWith('Surat rujukan dari puskesmas'))).toBe(
      'Surat rujukan dari puskesmas\nJika ada / bila diperlukan · Jika diminta rumah sakit',
    );
  });

  it('shows a count as sheets and the words staff wrote as they wrote them', () => {
    const service = {
      ...layanan('sktm'),
      persyaratan: [
        { dokumen: 'Pas foto', jumlah: '3 lembar ukuran 3×4', opsional: false },
        { dokumen: 'Fotokopi KK', jumlah: 1, opsional: false },
      ],
    };
    const lines = items(service).map(textOf);
    expect(lines).toContain('Pas foto (3 lembar ukuran 3×4)');
    expect(lines).toContain('Fotokopi KK (1 lembar)');
  });

  it('puts a tick box on each document, common and per case, and numbers the steps', () => {
    const sktm = layanan('sktm');
    const boxes = items(sktm).filter((item) => item.kind === 'text' && item.checkbox);
    const every = [...sktm.persyaratan, ...sktm.keperluan.flatMap((keperluan) => keperluan.persyaratan)];
    expect(boxes.map(textOf).map((line) => line.split(/ \(|\n/)[0])).toEqual(every.map((item) => item.dokumen));
    const steps = items(sktm).filter((item) => item.kind === 'text' && item.marker?.endsWith('.'));
    expect(steps.map((item) => (item.kind === 'text' ? item.marker : ''))).toEqual(
      sktm.prosedur.map((_, index) => `${index + 1}.`),
    );
  });

  it('lists the common documents once, then each case under its own title with its documents and note', () => {
    const kk = layanan('kk');
    // After the boxed reminder to ask the village for its letter.
    const dokumen = section(kk, 'Dokumen yang harus dibawa')
      .filter((item) => item.kind !== 'note')
      .map(textOf);
    expect(dokumen).toEqual(['Untuk semua keperluan', ...kk.persyaratan.map((item) => item.dokumen)]);
    const cases = section(kk, 'Dokumen sesuai keperluan Anda');
    const expected = kk.keperluan.flatMap((keperluan) => [
      `subheading ${keperluan.judul}`,
      // The case's own documents only: the common ones (dokumenFor's first part) are listed above.
      ...dokumenFor({ persyaratan: [] }, keperluan).map((item) => `checkbox ${item.dokumen}`),
      ...(keperluan.catatan ? [`text Catatan: ${keperluan.catatan}`] : []),
    ]);
    const shown = cases
      .slice(1)
      .map(
        (item) =>
          `${item.kind === 'text' && item.checkbox ? 'checkbox' : item.kind} ${textOf(item).split(/ \(|\n/)[0]}`,
      );
    expect(shown).toEqual(expected);
    expect(textOf(cases[0]!)).toMatch(/^Cari keperluan Anda di bawah, lalu bawa juga/);
  });

  it('shows no case section and no common heading for a service without cases', () => {
    const pindah = layanan('pindah');
    expect(section(pindah, 'Dokumen sesuai keperluan Anda')).toEqual([]);
    expect(texts('pindah')).not.toContain('Untuk semua keperluan');
  });

  it('asks for the case documents alone when a service has no common ones', () => {
    const kk = { ...layanan('kk'), persyaratan: [] };
    expect(section(kk, 'Dokumen yang harus dibawa').map((item) => item.kind)).toEqual(['note']);
    expect(textOf(section(kk, 'Dokumen sesuai keperluan Anda')[0]!)).toBe(
      'Cari keperluan Anda di bawah, lalu bawa dokumen untuk keperluan itu.',
    );
  });

  it('says what nobody may ask for, each sentence with its subject in bold, and where to report a demand for money', () => {
    const kk = layanan('kk');
    const block = section(kk, TIDAK_PERLU_JUDUL);
    expect(block.map(textOf)).toEqual([
      ...kk.tidak_perlu,
      'Layanan ini gratis. Jika ada yang meminta uang, jangan membayar dan laporkan lewat SP4N-LAPOR!: www.lapor.go.id.',
    ]);
    const first = block[0]!;
    expect(first.kind === 'text' && first.runs[0]).toEqual({ text: 'Legalisasi atau cap basah:', bold: true });
  });

  it('says only that a free service is free when it lists nothing, and nothing for a paid one', () => {
    const waris = layanan('waris');
    expect(waris.tidak_perlu).toEqual([]);
    expect(section(waris, 'Tidak dipungut biaya').map(textOf)).toEqual([
      expect.stringMatching(/^Layanan ini gratis\./),
    ]);
    expect(texts('waris')).not.toContain(TIDAK_PERLU_JUDUL);
    const paid = { ...waris, biaya: 'Rp10.000 untuk meterai' };
    expect(items(paid).map(textOf)).not.toContain('Tidak dipungut biaya');
  });

  it('says a village letter is needed only for services that need one', () => {
    expect(texts('sktm').some((line) => line.startsWith('Perlu surat pengantar dari desa/kelurahan'))).toBe(true);
    expect(texts('pindah').some((line) => line.startsWith('Perlu surat pengantar'))).toBe(false);
  });

  it('shows time, cost, result and issuer', () => {
    const pindah = layanan('pindah');
    expect(texts('pindah')).toEqual(
      expect.arrayContaining([
        `Waktu: ${pindah.waktu}`,
        `Biaya: ${pindah.biaya}`,
        `Hasil: ${pindah.produk}`,
        `Diterbitkan oleh: ${pindah.penerbit}`,
      ]),
    );
  });

  it('names every complaint channel of the kecamatan', () => {
    const text = plainText(complaintRuns(content.kecamatan));
    for (const saluran of content.kecamatan.pengaduan) expect(text).toContain(saluran.label);
  });
});
