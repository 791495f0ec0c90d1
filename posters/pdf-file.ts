// A new PDF with the metadata every Pelita file carries. Dates come from the content or the print run,
// never the clock, so rebuilding unchanged content on the same day writes byte-identical files.
import { deflateSync } from 'node:zlib';
import { PDFContentStream, PDFDocument, PDFRawStream } from 'pdf-lib';
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

/**
 * The file's bytes. pdf-lib compresses page content with pako, in JavaScript, which took a fifth of a
 * poster's time; here each page's content is compressed with Node's zlib first, and pdf-lib writes it as
 * it is. The result is a normal FlateDecode stream, and the same content gives the same bytes.
 */
export async function savePdf(doc: PDFDocument): Promise<Uint8Array> {
  await doc.flush(); // embeds the fonts and pages, so every content stream exists now
  for (const [ref, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFContentStream)) continue;
    const compressed = deflateSync(object.getUnencodedContents());
    doc.context.assign(ref, PDFRawStream.of(object.dict, compressed));
  }
  return doc.save();
}
