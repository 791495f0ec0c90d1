// The file with every village's poster: the pages of the single-village files, copied in order, so that
// no poster is drawn twice. Village posters start their font subsets from the same repertoire (font.ts),
// so their subsets are usually identical, and every poster of a kecamatan draws each service's code as
// the same form (draw-qr.ts): the copies of each are merged into one, so the file embeds each weight and
// each code once, as a file drawn in one go would. A poster whose subset differs keeps its own.
import { createHash } from 'node:crypto';
import {
  ParseSpeeds,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFRef,
  type PDFContext,
  type PDFObject,
} from 'pdf-lib';
import { createPdf, WRITE_OPTIONS, type PdfMetadata } from './pdf-file.ts';

export async function combinePdfs(parts: readonly Uint8Array[], metadata: PdfMetadata): Promise<Uint8Array> {
  const combined = await createPdf(metadata);
  for (const bytes of parts) {
    const source = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
    const pages = await combined.copyPages(source, source.getPageIndices());
    for (const page of pages) combined.addPage(page);
  }
  mergeIdenticalResources(combined, 'Font');
  mergeIdenticalResources(combined, 'XObject');
  return combined.save(WRITE_OPTIONS);
}

/** Points every page at the first of each set of identical resources and removes the other copies. */
function mergeIdenticalResources(doc: PDFDocument, kind: 'Font' | 'XObject'): void {
  const { context } = doc;
  const keys = new Map<PDFRef, string>();
  const first = new Map<string, PDFRef>();
  const duplicates = new Set<PDFRef>();
  for (const page of doc.getPages()) {
    const resources = page.node.Resources()?.lookupMaybe(PDFName.of(kind), PDFDict);
    if (!resources) continue;
    for (const [name, value] of resources.entries()) {
      if (!(value instanceof PDFRef)) continue;
      let key = keys.get(value);
      if (key === undefined) keys.set(value, (key = digest(context, value)));
      const kept = first.get(key);
      if (!kept) first.set(key, value);
      else if (kept !== value) {
        resources.set(name, kept);
        duplicates.add(value);
      }
    }
  }
  for (const ref of duplicates) removeGraph(context, ref);
}

/** A hash of everything an object is, following references but ignoring their numbers. */
function digest(context: PDFContext, ref: PDFRef): string {
  const hash = createHash('sha256');
  const visit = (object: PDFObject | undefined): void => {
    if (object instanceof PDFRef) return visit(context.lookup(object));
    if (object instanceof PDFDict) {
      const entries = [...object.entries()].sort(([a], [b]) => a.asString().localeCompare(b.asString()));
      hash.update('<<');
      for (const [key, value] of entries) {
        hash.update(key.asString());
        visit(value);
      }
      hash.update('>>');
    } else if (object instanceof PDFArray) {
      hash.update('[');
      for (let i = 0; i < object.size(); i++) visit(object.get(i));
      hash.update(']');
    } else if (object instanceof PDFRawStream) {
      visit(object.dict);
      hash.update('stream').update(object.contents);
    } else hash.update(` ${String(object)}`);
  };
  visit(ref);
  return hash.digest('hex');
}

/** Deletes an object and everything it refers to: a duplicate font or form owns all of that alone. */
function removeGraph(context: PDFContext, ref: PDFRef): void {
  const refs: PDFRef[] = [];
  const seen = new Set<PDFRef>();
  const collect = (object: PDFObject | undefined): void => {
    if (object instanceof PDFRef) {
      if (seen.has(object)) return;
      seen.add(object);
      refs.push(object);
      return collect(context.lookup(object));
    }
    if (object instanceof PDFDict) for (const [, value] of object.entries()) collect(value);
    else if (object instanceof PDFArray) for (let i = 0; i < object.size(); i++) collect(object.get(i));
    else if (object instanceof PDFRawStream) collect(object.dict);
  };
  collect(ref);
  for (const item of refs) context.delete(item);
}
