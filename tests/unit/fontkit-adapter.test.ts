// The font adapter shapes text word by word and reuses subset encodings (src/drawing/fontkit-adapter.ts).
// Both are shortcuts that must give exactly what fontkit itself gives, or posters and images would
// quietly change: these tests compare them with an untouched fontkit on every text of the fixtures.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fontkit, { type Font } from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { notoSansBytes } from '../../src/drawing/font-files.ts';
import { fontkitAdapter } from '../../src/drawing/fontkit-adapter.ts';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

/** Every non-empty line of every content file of the fixtures, plus strings that test the edges. */
async function fixtureTexts(): Promise<string[]> {
  const texts = new Set([
    '',
    ' ',
    'a  b',
    ' awal dan akhir ',
    'AV Ta Wo LT ff fi fl',
    'Kartu Keluarga (KK) — 1 lembar',
  ]);
  for (const name of await readdir(FIXTURES, { recursive: true })) {
    if (!/\.(md|ya?ml)$/.test(name)) continue;
    const text = await readFile(join(FIXTURES, name), 'utf8');
    for (const line of text.split('\n')) if (line.trim()) texts.add(line.trim());
  }
  return [...texts];
}

function shapeOf(font: Font, text: string) {
  const run = font.layout(text);
  return {
    glyphs: run.glyphs.map((glyph) => glyph.id),
    positions: run.positions.map(({ xAdvance, yAdvance, xOffset, yOffset }) => [xAdvance, yAdvance, xOffset, yOffset]),
    advanceWidth: run.advanceWidth,
  };
}

describe('the font adapter', async () => {
  const bytes = await notoSansBytes();
  const texts = await fixtureTexts();

  for (const weight of ['regular', 'bold'] as const) {
    it(`shapes every fixture text exactly as fontkit does (${weight})`, () => {
      const plain = fontkit.create(Buffer.from(bytes[weight]));
      const adapted = fontkitAdapter.create(bytes[weight]);
      expect(texts.length).toBeGreaterThan(500);
      const differing = texts.filter(
        (text) => JSON.stringify(shapeOf(adapted, text)) !== JSON.stringify(shapeOf(plain, text)),
      );
      expect(differing).toEqual([]);
    });
  }

  it('encodes a subset with the same glyphs to the same bytes every time, and another subset to others', async () => {
    const adapted = fontkitAdapter.create(bytes.regular);
    const encode = (text: string) => {
      const subset = adapted.createSubset();
      for (const glyph of adapted.layout(text).glyphs) subset.includeGlyph(glyph);
      return streamBytes(subset.encodeStream());
    };
    const first = await encode('Surat Keterangan Tidak Mampu');
    const again = await encode('Surat Keterangan Tidak Mampu');
    const other = await encode('Kartu Keluarga');
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
    // After another subset was encoded, the first list still gets its own bytes, not the latest.
    expect(await encode('Surat Keterangan Tidak Mampu')).toEqual(first);
    expect(first.subarray(0, 4).toString('latin1')).toBe('true'); // a TrueType font file, as fontkit tags it
  });
});

function streamBytes(stream: { on(event: string, listener: (value?: Uint8Array) => void): unknown }) {
  return new Promise<Buffer>((resolve, reject) => {
    const parts: Uint8Array[] = [];
    stream.on('data', (part) => parts.push(part!));
    stream.on('end', () => resolve(Buffer.concat(parts)));
    stream.on('error', () => reject(new Error('subset encoding failed')));
  });
}
