// The file with every village's poster: the pages of the single-village documents, copied in order as
// each is finished, so that no poster is drawn twice and nothing is parsed back from bytes. Village
// posters start their font subsets from the same repertoire (font.ts), so their subsets are usually
// identical, and every poster of a kecamatan draws each service's code as the same form (draw-qr.ts) and
// each page's services grid as the same form (kecamatan-form.ts): the copies of each are merged into one,
// so the file embeds each weight, grid and code once, as a file drawn in one go would. A poster whose
// subset differs keeps its own.
import { createHash } from 'node:crypto';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFRef,
  PDFStream,
  type PDFContext,
  type PDFObject,
} from 'pdf-lib';
import { createPdf, WRITE_OPTIONS, type PdfMetadata } from './pdf-file.ts';

export interface CombinedPdf {
  /** Copies every page of `source`, a document that has been saved (so its fonts are embedded). */
  add(source: PDFDocument): Promise<void>;
  /** The file's bytes; call once, after the last add. */
  save(): Promise<Uint8Array>;
}

export async function combinedPdf(metadata: PdfMetadata): Promise<CombinedPdf> {
  const combined = await createPdf(metadata);
  return {
    async add(source) {
      const pages = await combined.copyPages(source, source.getPageIndices());
      for (const page of pages) combined.addPage(page);
    },
    save() {
      const { context } = combined;
      const owners = resourceDicts(combined);
      mergeIdenticalResources(context, owners, 'Font');
      mergeIdenticalResources(context, owners, 'XObject');
      removeUnreachable(context);
      return combined.save(WRITE_OPTIONS);
    },
  };
}

/** Every Resources dict: the pages', and those of the forms they draw (a grid's codes and fonts are its own). */
function resourceDicts(doc: PDFDocument): PDFDict[] {
  const { context } = doc;
  const dicts: PDFDict[] = [];
  const seen = new Set<PDFRef>();
  const visit = (resources: PDFDict | undefined): void => {
    if (!resources) return;
    dicts.push(resources);
    const xobjects = resources.lookupMaybe(PDFName.of('XObject'), PDFDict);
    for (const [, value] of xobjects?.entries() ?? []) {
      if (!(value instanceof PDFRef) || seen.has(value)) continue;
      seen.add(value);
      const form = context.lookup(value);
      if (form instanceof PDFStream) visit(form.dict.lookupMaybe(PDFName.of('Resources'), PDFDict));
    }
  };
  for (const page of doc.getPages()) visit(page.node.Resources());
  return dicts;
}

/** Points every Resources dict at the first of each set of identical resources. */
function mergeIdenticalResources(context: PDFContext, owners: readonly PDFDict[], kind: 'Font' | 'XObject'): void {
  const keys = new Map<PDFRef, string>();
  const first = new Map<string, PDFRef>();
  for (const owner of owners) {
    const resources = owner.lookupMaybe(PDFName.of(kind), PDFDict);
    if (!resources) continue;
    for (const [name, value] of resources.entries()) {
      if (!(value instanceof PDFRef)) continue;
      let key = keys.get(value);
      if (key === undefined) keys.set(value, (key = digest(context, value)));
      const kept = first.get(key);
      if (!kept) first.set(key, value);
      else if (kept !== value) resources.set(name, kept);
    }
  }
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

/**
 * Deletes every object the file no longer reaches: the merged-away copies and all they alone referred to.
 * Walking from the catalog (rather than deleting each copy's graph) keeps what a copy shares with a kept
 * object, such as the fonts a merged-away grid form named.
 */
function removeUnreachable(context: PDFContext): void {
  const reached = new Set<PDFRef>();
  const visit = (object: PDFObject | undefined): void => {
    if (object instanceof PDFRef) {
      if (reached.has(object)) return;
      reached.add(object);
      return visit(context.lookup(object));
    }
    if (object instanceof PDFDict) for (const [, value] of object.entries()) visit(value);
    else if (object instanceof PDFArray) for (let i = 0; i < object.size(); i++) visit(object.get(i));
    else if (object instanceof PDFStream) visit(object.dict);
  };
  const { Root, Info } = context.trailerInfo;
  visit(Root);
  visit(Info);
  for (const [ref] of context.enumerateIndirectObjects()) if (!reached.has(ref)) context.delete(ref);
}
