// Renders one print job into the bytes of its PDF. The same function runs in the build's process and in
// worker threads; a job holds everything its file shows, so where it runs cannot change a byte.
import type { DrawnQr } from './draw-qr.ts';
import { renderEventPoster } from './event-poster.ts';
import { fontsFor, seedSubsets } from './font.ts';
import { PAPERS } from './paper.ts';
import { createPdf, savePdf } from './pdf-file.ts';
import { sheetPrint, type PrintJob } from './print-jobs.ts';
import { renderRequirementSheet } from './requirement-sheet.ts';
import { renderVillagePoster } from './village-poster.ts';

export interface RenderedPdf {
  bytes: Uint8Array;
  /** The codes drawn on each page, in page order. */
  pages: DrawnQr[][];
}

export async function renderPrintJob(job: PrintJob): Promise<RenderedPdf> {
  const doc = await createPdf(job.metadata);
  const pages = await draw(doc, job);
  return { bytes: await savePdf(doc), pages };
}

async function draw(doc: Awaited<ReturnType<typeof createPdf>>, job: PrintJob): Promise<DrawnQr[][]> {
  switch (job.kind) {
    case 'poster-desa':
      seedSubsets(await fontsFor(doc));
      return renderVillagePoster(doc, { ...job, paper: PAPERS[job.kertas] });
    case 'lembar':
    case 'lembar-besar':
      return renderRequirementSheet(doc, { kecamatan: job.kecamatan, layanan: job.layanan, print: sheetPrint(job) });
    case 'poster-acara':
      return renderEventPoster(doc, job);
  }
}
