// The all-villages file is assembled from the village posters' own documents as each is saved
// (posters/village-posters.ts): every page must print exactly as that village's own file does, in
// content order, with each typeface embedded once rather than once per village.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../../src/lib/urls.ts';
import { pdfFonts, renderPdf } from '../support/pdf-tools.ts';
import { generateInto, longRealContent, type Output } from './fixture-output.ts';

describe('the all-villages file', () => {
  let output: Output;
  const file = (path: string) => join(output.dir, path.replace(/^\//, ''));
  beforeAll(async () => {
    // Two pages per village poster, so the continued page is copied too.
    output = await generateInto(await longRealContent(), ['a4', 'f4']);
  });

  it.each(['a4', 'f4'] as const)('prints every village poster page as its own %s file does', async (size) => {
    const all = await renderPdf(file(paths.posterSemua(size)), 40);
    const own = [];
    for (const desa of output.content.desa) own.push(...(await renderPdf(file(paths.posterDesa(desa, size)), 40)));
    expect(output.content.desa.length).toBeGreaterThan(1);
    expect(all).toHaveLength(own.length);
    for (const [index, page] of all.entries()) {
      expect((await readFile(page)).equals(await readFile(own[index]!)), `page ${index + 1}`).toBe(true);
    }
  });

  it('embeds each weight of Noto Sans once for every village', async () => {
    const fonts = await pdfFonts(file(paths.posterSemua('a4')));
    expect(fonts.map((font) => font.name).sort()).toEqual(['PELITA+NotoSans-Bold', 'PELITA+NotoSans-Regular']);
  });
});
