// A kecamatan's village posters: per paper size, each village's own file and the file with all of them,
// assembled from the very documents just saved (combine-pdfs.ts). Drawing them in one job, in one thread,
// draws each size's services grid once for all of them (kecamatan-form.ts), encodes and measures each
// desa's address once for every size, and leaves nothing to parse back: assembling the all-villages
// files from saved bytes in the build's own process had cost about half as much again as drawing.
import { combinedPdf } from './combine-pdfs.ts';
import type { DrawnQr } from './draw-qr.ts';
import { fontsFor, seedSubsets } from './font.ts';
import { PAPERS } from './paper.ts';
import { createPdf, savePdf } from './pdf-file.ts';
import type { VillagePosterJob, VillagePostersJob } from './print-jobs.ts';
import type { RenderedPdf } from './render-job.ts';
import { renderVillagePoster } from './village-poster.ts';

/** The files in job order: per paper size, each village's file, then the all-villages file. */
export async function renderVillagePosters(job: VillagePostersJob): Promise<RenderedPdf[]> {
  const files: RenderedPdf[] = [];
  for (const paper of job.papers) {
    const all = await combinedPdf(paper.metadata);
    const posters: RenderedPdf[] = [];
    for (const poster of paper.posters) {
      const doc = await createPdf(poster.metadata);
      const pages = await drawVillagePoster(doc, poster);
      posters.push({ bytes: await savePdf(doc), pages });
      all.add(doc);
    }
    files.push(...posters, { bytes: await all.save(), pages: posters.flatMap((poster) => poster.pages) });
  }
  return files;
}

/** One village's poster, its subsets seeded first so that every poster of a build shares them (font.ts). */
export async function drawVillagePoster(
  doc: Awaited<ReturnType<typeof createPdf>>,
  job: VillagePosterJob,
): Promise<DrawnQr[][]> {
  seedSubsets(await fontsFor(doc));
  return renderVillagePoster(doc, { ...job, paper: PAPERS[job.kertas] });
}
