// The staff page predicts, from the content alone, what a release print run would record for the village
// posters (src/lib/staf/planned-run.ts). Here the posters are really drawn, and what printRunOf records
// from them must be exactly that prediction: otherwise /staf/ would report reprints that are not there.
import { describe, expect, it } from 'vitest';
import { MAX_POSTER_SERVICES } from '../../src/lib/poster-services.ts';
import { printRunOf } from '../../src/lib/printed/print-run.ts';
import { plannedPosterRun } from '../../src/lib/staf/planned-run.ts';
import type { Content, Layanan } from '../../src/schema/index.ts';
import { fixtureContent, generateInto, longRealContent } from './fixture-output.ts';

const TANGGAL = '2026-12-01';

/** More services than a poster holds, one of them kept off it, for a single village. */
async function overflowingContent(): Promise<Content> {
  const content = await fixtureContent();
  const base = content.layanan[0]!;
  const layanan: Layanan[] = Array.from({ length: MAX_POSTER_SERVICES + 2 }, (_, index) => ({
    ...base,
    slug: `layanan-${String(index).padStart(2, '0')}`,
    judul: `Layanan nomor ${String(index).padStart(2, '0')}`,
    poster: index !== 3,
  }));
  return { ...content, desa: content.desa.slice(0, 1), layanan };
}

describe('poster yang diperkirakan halaman petugas', () => {
  it.each([
    ['the PDF fixture', fixtureContent],
    ['a fixture whose posters run onto a second page', longRealContent],
    ['more services than fit, one kept off the poster', overflowingContent],
  ])(
    'records the same village posters as drawing them does: %s',
    async (_name, load) => {
      const { content, summary } = await generateInto(await load(), ['a4']);
      const drawn = printRunOf(summary, content, TANGGAL);
      const planned = plannedPosterRun(content, TANGGAL);
      expect(planned.poster).toEqual(drawn.poster);
      expect(planned.poster.length).toBe(content.desa.length);
      // Every code the planned posters name is one a real run records too.
      expect(drawn.alamat).toEqual(expect.arrayContaining(planned.alamat));
    },
    120_000,
  );
});
