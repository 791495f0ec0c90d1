// Every stream in a Pelita PDF is compressed by Node's zlib, none by pdf-lib's JavaScript pako (which
// was a tenth of a village poster's time), and the file stays a PDF that viewers read: the object and
// cross-reference streams pdf-lib makes while writing are FlateDecode streams that inflate cleanly.
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fontsFor } from '../../posters/font.ts';
import { createPdf, savePdf } from '../../posters/pdf-file.ts';
import { pdfText } from '../support/pdf-tools.ts';
import { tempDir } from '../support/temp-dir.ts';

// The very module object pdf-lib requires (pako ships CommonJS and no types).
const pako = createRequire(import.meta.url)('pako') as { deflate: (data: Uint8Array) => Uint8Array };
const METADATA = { title: 'Uji', subject: 'Uji aliran', author: 'Kecamatan Uji', date: '2026-11-22' };

async function samplePdf(): Promise<Uint8Array> {
  const doc = await createPdf(METADATA);
  const { regular } = await fontsFor(doc);
  for (const line of ['Fotokopi KTP-el', 'Surat pengantar RT/RW']) {
    doc.addPage([595, 842]).drawText(line, { x: 40, y: 800, size: 14, font: regular });
  }
  return savePdf(doc);
}

/** Each stream of `type` in the file: its dictionary's text and its raw bytes. */
function streamsOf(bytes: Uint8Array, type: 'ObjStm' | 'XRef'): { dict: string; data: Buffer }[] {
  const text = Buffer.from(bytes).toString('latin1');
  const found = [];
  for (const match of text.matchAll(/<<((?:(?!>>\s*stream).)*\/Type \/(ObjStm|XRef)\b.*?)>>\s*stream\r?\n/gs)) {
    if (match[2] !== type) continue;
    const length = Number(/\/Length (\d+)/.exec(match[1]!)![1]);
    const start = match.index! + match[0].length;
    found.push({ dict: match[1]!, data: Buffer.from(bytes.subarray(start, start + length)) });
  }
  return found;
}

describe('streams of a saved PDF', () => {
  afterEach(() => vi.restoreAllMocks());

  it('are never compressed by pako', async () => {
    const deflate = vi.spyOn(pako, 'deflate');
    await samplePdf();
    expect(deflate).not.toHaveBeenCalled();
  });

  it.each(['ObjStm', 'XRef'] as const)('include %s streams that zlib inflates', async (type) => {
    const streams = streamsOf(await samplePdf(), type);
    expect(streams.length).toBeGreaterThan(0);
    for (const { dict, data } of streams) {
      expect(dict).toContain('/Filter /FlateDecode');
      expect(inflateSync(data).length).toBeGreaterThan(0);
    }
  });

  it('make a file poppler reads', async () => {
    const path = join(await tempDir('aliran'), 'uji.pdf');
    await writeFile(path, await samplePdf());
    expect(await pdfText(path)).toMatch(/Fotokopi KTP-el[\s\S]*Surat pengantar RT\/RW/);
  });
});
