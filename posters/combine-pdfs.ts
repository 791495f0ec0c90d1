// The file with every village's poster: the pages of the single-village files, copied in order, so that
// no poster is drawn twice. Each copied page keeps the font subset of its own file (a few kilobytes a
// village); in exchange the combined file costs a copy instead of a second drawing of every poster.
import { ParseSpeeds, PDFDocument } from 'pdf-lib';
import { createPdf, type PdfMetadata } from './pdf-file.ts';

export async function combinePdfs(parts: readonly Uint8Array[], metadata: PdfMetadata): Promise<Uint8Array> {
  const combined = await createPdf(metadata);
  for (const bytes of parts) {
    const source = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
    const pages = await combined.copyPages(source, source.getPageIndices());
    for (const page of pages) combined.addPage(page);
  }
  return combined.save();
}
