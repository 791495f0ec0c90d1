// The printables made from the PDF test fixture, generated once per test file into a temporary folder.
import { generatePrintables, type PrintablesSummary } from '../../posters/generate.ts';
import { loadContentOrThrow } from '../../src/lib/content/load-content.ts';
import type { Kertas } from '../../src/lib/urls.ts';
import type { Content, Layanan } from '../../src/schema/index.ts';
import { tempDir } from '../support/temp-dir.ts';

export const FIXTURE = 'tests/fixtures/pdf-content';
const PRINTED_ON = '2026-11-22';
export const REAL_SITUS = 'https://kemlagi.mojokertokab.go.id/';

export interface Output {
  content: Content;
  dir: string;
  summary: PrintablesSummary;
}

export async function generateInto(content: Content, kertas: Kertas[]): Promise<Output> {
  const dir = await tempDir('pdf');
  const summary = await generatePrintables({ content, outDir: dir, kertas, printedOn: PRINTED_ON });
  return { content, dir, summary };
}

export function fixtureContent(): Promise<Content> {
  return loadContentOrThrow(FIXTURE);
}

/**
 * The fixture at its real address with 18 services instead of 5 (copies under new slugs), so village
 * posters run onto a second page.
 */
export async function longRealContent(): Promise<Content> {
  const content = await fixtureContent();
  const layanan: Layanan[] = [];
  for (let round = 0; layanan.length < 18; round++) {
    for (const item of content.layanan) {
      if (layanan.length < 18)
        layanan.push(
          round === 0 ? item : { ...item, slug: `${item.slug}-${round}`, judul: `${item.judul} ${round + 1}` },
        );
    }
  }
  return { ...content, kecamatan: { ...content.kecamatan, situs: REAL_SITUS }, layanan };
}
