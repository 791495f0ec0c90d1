// A new PDF with the metadata every Pelita file carries. Dates come from the content or the print run,
// never the clock, so rebuilding unchanged content on the same day writes byte-identical files.
import { PDFDocument } from 'pdf-lib';
import { parseIsoDate } from '../src/core/dates.ts';

export interface PdfMetadata {
  title: string;
  subject: string;
  author: string;
  /** YYYY-MM-DD, read as midnight in Western Indonesia Time. */
  date: string;
}

export async function createPdf(metadata: PdfMetadata): Promise<PDFDocument> {
  // updateMetadata: false stops pdf-lib stamping its own producer and the current time on save.
  const doc = await PDFDocument.create({ updateMetadata: false });
  const date = parseIsoDate(metadata.date, 'WIB');
  doc.setTitle(metadata.title, { showInWindowTitleBar: true });
  doc.setSubject(metadata.subject);
  doc.setAuthor(metadata.author);
  doc.setLanguage('id-ID');
  doc.setCreator('Pelita');
  doc.setProducer('Pelita (pdf-lib)');
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  return doc;
}
