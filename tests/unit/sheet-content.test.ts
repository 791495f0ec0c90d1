// What a requirement sheet says, before any drawing: the wording residents will read.
import { describe, expect, it } from 'vitest';
import { markdownBlocks } from '../../posters/markdown-blocks.ts';
import { plainText } from '../../posters/rich-text.ts';
import { complaintRuns, sheetItems } from '../../posters/sheet-content.ts';
import { loadContentOrThrow } from '../../src/lib/content/load-content.ts';

const content = await loadContentOrThrow('tests/fixtures/pdf-content');
const layanan = (slug: string) => content.layanan.find((item) => item.slug === slug)!;
const texts = (slug: string) =>
  sheetItems(layanan(slug)).map((item) =>
    'text' in item ? item.text : 'runs' in item ? plainText(item.runs) : `${item.label}: ${item.value}`,
  );

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
    expect(lines.find((line) => line.startsWith('Nomor DTKS'))).toMatch(
      /Jika ada \/ bila diperlukan · Jika keluarga sudah terdaftar/,
    );
  });

  it('puts a tick box on each document and numbers the steps', () => {
    const items = sheetItems(layanan('sktm'));
    expect(items.filter((item) => item.kind === 'text' && item.checkbox)).toHaveLength(
      layanan('sktm').persyaratan.length,
    );
    const steps = items.filter((item) => item.kind === 'text' && item.marker?.endsWith('.'));
    expect(steps.map((item) => (item.kind === 'text' ? item.marker : ''))).toEqual(
      layanan('sktm').prosedur.map((_, index) => `${index + 1}.`),
    );
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
