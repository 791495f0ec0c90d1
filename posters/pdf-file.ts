// A new PDF with the metadata every Pelita file carries. Dates come from the content or the print run,
// never the clock, so rebuilding unchanged content on the same day writes byte-identical files.
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import {
  PDFContentStream,
  PDFCrossRefStream,
  PDFDocument,
  PDFName,
  PDFObjectStream,
  PDFRawStream,
  type PDFContext,
  type PDFStream,
} from 'pdf-lib';
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
  compressWithZlib(doc.context);
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
/**
 * pdf-lib pauses on a zero timer every 50 objects while writing, for browsers' sake; in a build those
 * pauses were a third of the time to write a poster, so it writes in one go.
 */
export const WRITE_OPTIONS = { objectsPerTick: Infinity } as const;

export async function savePdf(doc: PDFDocument): Promise<Uint8Array> {
  await doc.flush(); // embeds the fonts and pages, so every content stream exists now
  for (const [ref, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFContentStream)) continue;
    const compressed = deflateSync(object.getUnencodedContents());
    doc.context.assign(ref, PDFRawStream.of(object.dict, compressed));
  }
  return doc.save(WRITE_OPTIONS);
}

/**
 * pdf-lib packs a file's small objects (page and font dictionaries, width arrays, link annotations) into
 * object streams and writes a cross-reference stream, both compressed with pako. That was a tenth of a
 * village poster's time: pako sets up a fresh 64 KB window in JavaScript for every stream. The writer
 * makes both through these two factories, so here they make the streams unencoded and Node's zlib
 * compresses them, each time pdf-lib recomputes their contents. The files are the same kind of PDF.
 */
function compressObjectStreamsWithZlib(): void {
  const objectStream = PDFObjectStream.withContextAndObjects.bind(PDFObjectStream);
  PDFObjectStream.withContextAndObjects = (context, objects, encode = true) =>
    deflatedByZlib(objectStream(context, objects, false), encode);
  const crossRefStream = PDFCrossRefStream.create.bind(PDFCrossRefStream);
  PDFCrossRefStream.create = (dict, encode = true) => deflatedByZlib(crossRefStream(dict, false), encode);
}

/** Serves `stream`'s contents compressed by zlib, recompressing when pdf-lib's own contents change. */
function deflatedByZlib<Stream extends PDFObjectStream | PDFCrossRefStream>(stream: Stream, encode: boolean): Stream {
  if (!encode) return stream;
  stream.dict.set(PDFName.of('Filter'), PDFName.of('FlateDecode'));
  const unencoded = (): Uint8Array => Object.getPrototypeOf(stream).getContents.call(stream);
  let source: Uint8Array | undefined;
  let deflated = new Uint8Array(0);
  const contents = (): Uint8Array => {
    const current = unencoded();
    if (current !== source) [source, deflated] = [current, deflateSync(current)];
    return deflated;
  };
  Object.assign(stream as PDFStream, { getContents: contents, getContentsSize: () => contents().length });
  return stream;
}

compressObjectStreamsWithZlib();

/** Compressed streams by the hash of their contents: font files and maps repeat in every document. */
const compressed = new Map<string, Uint8Array>();
const MAX_MEMOISED_STREAMS = 256;

/**
 * pdf-lib compresses the streams it makes itself (font files, their glyph maps) with pako, in JavaScript:
 * a font subset of some 20 KB per weight, in every document. Node's zlib does it natively, and a stream
 * seen before (the same subset in the next poster) is not compressed again.
 */
function compressWithZlib(context: PDFContext): void {
  context.flateStream = (contents, dict = {}) => {
    const bytes = typeof contents === 'string' ? Buffer.from(contents, 'latin1') : contents;
    const key = createHash('sha1').update(bytes).digest('hex');
    let deflated = compressed.get(key);
    if (!deflated) {
      if (compressed.size >= MAX_MEMOISED_STREAMS) compressed.clear();
      compressed.set(key, (deflated = deflateSync(bytes)));
    }
    return context.stream(deflated, { ...dict, Filter: 'FlateDecode' });
  };
}
