// Renders a print job into the bytes of its PDF (a kecamatan's village posters make several). The same function runs in the build's process and in
// worker threads; a job holds everything its file shows, so where it runs cannot change a byte.
import type { DrawnQr } from './draw-qr.ts';
import { renderEventPoster } from './event-poster.ts';
import { createPdf, savePdf } from './pdf-file.ts';
import { sheetPrint, type PrintJob, type VillagePostersJob } from './print-jobs.ts';
import { renderRequirementSheet } from './requirement-sheet.ts';
import { drawVillagePoster, renderVillagePosters } from './village-posters.ts';

export interface RenderedPdf {
  bytes: Uint8Array;
  /** The codes drawn on each page, in page order. */
  pages: DrawnQr[][];
}

/** Every file a job makes, in file order: one, or a kecamatan's village posters (village-posters.ts). */
export async function renderPrintFiles(job: PrintJob): Promise<RenderedPdf[]> {
  return job.kind === 'poster-desa-semua' ? renderVillagePosters(job) : [await renderPrintJob(job)];
}

/** The file of a job that makes one. */
export async function renderPrintJob(job: Exclude<PrintJob, VillagePostersJob>): Promise<RenderedPdf> {
  const doc = await createPdf(job.metadata);
  const pages = await draw(doc, job);
  return { bytes: await savePdf(doc), pages };
}

async function draw(
  doc: Awaited<ReturnType<typeof createPdf>>,
  job: Exclude<PrintJob, VillagePostersJob>,
): Promise<DrawnQr[][]> {
  switch (job.kind) {
    case 'poster-desa':
      return drawVillagePoster(doc, job);
    case 'lembar':
    case 'lembar-besar':
      return renderRequirementSheet(doc, { kecamatan: job.kecamatan, layanan: job.layanan, print: sheetPrint(job) });
    case 'poster-acara':
      return renderEventPoster(doc, job);
  }
}
