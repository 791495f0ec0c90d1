// The services grid is drawn once per worker and reused by later village posters (kecamatan-form.ts):
// a poster's bytes must not depend on what was drawn before it, and a poster whose subset numbers the
// grid's glyphs differently must get its own grid.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { villagePosterJobs, type VillagePosterJob } from '../../posters/print-jobs.ts';
import { renderPrintJob } from '../../posters/render-job.ts';
import { forgetKecamatanForms } from '../../posters/kecamatan-form.ts';
import type { Content } from '../../src/schema/index.ts';
import { pdfText } from '../support/pdf-tools.ts';
import { tempDir } from '../support/temp-dir.ts';
import { fixtureContent, longRealContent } from './fixture-output.ts';

const SETTINGS = { printedIso: '2026-11-22', printedOn: '22 November 2026' };

function jobsFor(content: Content): VillagePosterJob[] {
  const settings = { ...SETTINGS, kecamatan: content.kecamatan };
  return [...villagePosterJobs(settings, content.desa, content.layanan, 'a4')];
}

async function bytesOf(job: VillagePosterJob): Promise<Buffer> {
  return Buffer.from((await renderPrintJob(job)).bytes);
}

describe('village posters reusing the services grid', () => {
  let jobs: VillagePosterJob[];
  beforeAll(async () => {
    // Two pages per poster, so the continued page's grid is reused too.
    jobs = jobsFor(await longRealContent());
  });

  it('gives a poster the same bytes whether its grid was drawn for it or kept from other villages', async () => {
    const last = jobs.at(-1)!;
    forgetKecamatanForms();
    const cold = await bytesOf(last);
    forgetKecamatanForms();
    for (const job of jobs.slice(0, -1)) await bytesOf(job);
    const warm = await bytesOf(last);
    expect(jobs.length).toBeGreaterThan(1);
    expect(warm.equals(cold)).toBe(true);
  });

  it('reuses the grid for a desa whose name adds a letter the grid does not use', async () => {
    // The subsets then differ from the recorded ones, but every glyph of the grid keeps its id.
    const odd = { ...jobs.at(-1)!, desa: { ...jobs.at(-1)!.desa, nama: 'Ğadingrejo' } };
    forgetKecamatanForms();
    const cold = await bytesOf(odd);
    forgetKecamatanForms();
    await bytesOf(jobs[0]!);
    const warm = await bytesOf(odd);
    expect(warm.equals(cold)).toBe(true);
  });

  it('draws the grid afresh when an earlier letter of the desa name took the glyph ids it recorded', async () => {
    const content = await fixtureContent();
    const [first, second] = content.desa;
    // Neither letter is in the repertoire the subsets start with (font.ts), so each takes the next id.
    const layanan = content.layanan.map((item, i) => (i === 0 ? { ...item, judul: `${item.judul} Şahadah` } : item));
    const desa = [first!, { ...second!, nama: `Ğadingrejo` }];
    const odd = { ...content, layanan, desa };
    const [plain, named] = jobsFor(odd);
    forgetKecamatanForms();
    const cold = await bytesOf(named!);
    forgetKecamatanForms();
    await bytesOf(plain!); // keeps a grid whose Ş has the id that Ğ takes in the next poster
    const warm = await bytesOf(named!);
    expect(warm.equals(cold)).toBe(true);

    const path = join(await tempDir('grid'), 'poster.pdf');
    await writeFile(path, warm);
    const text = (await pdfText(path, 'raw')).replace(/\s+/g, ' ');
    expect(text).toContain('Ğadingrejo');
    expect(text).toContain(`${content.layanan[0]!.judul} Şahadah`);
  });
});
