// The file with every village's poster: the pages of the single-village documents, copied in order as
// each is finished, so that no poster is drawn twice and nothing is parsed back from bytes. Village
// posters start their font subsets from the same repertoire (font.ts), so their subsets are usually
// identical, and every poster of a kecamatan draws each service's code as the same form (draw-qr.ts) and
// each page's services grid as the same form (kecamatan-form.ts). A resource identical to one already in
// the file is not copied again: the page's resources point at the copy there, so the file embeds each
// weight, grid and code once, as a file drawn in one go would. A poster whose subset differs keeps its own.
import { createHash } from 'node:crypto';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFObjectCopier,
  PDFPage,
  PDFPageLeaf,
  PDFRawStream,
  PDFRef,
  PDFStream,
  type PDFContext,
  type PDFObject,
} from 'pdf-lib';
import { createPdf, WRITE_OPTIONS, type PdfMetadata } from './pdf-file.ts';

export interface CombinedPdf {
  /** Copies every page of `source`, a document that has been saved (so its fonts are embedded). */
  add(source: PDFDocument): void;
  /** The file's bytes; call once, after the last add. */
  save(): Promise<Uint8Array>;
}

export async function combinedPdf(metadata: PdfMetadata): Promise<CombinedPdf> {
  const combined = await createPdf(metadata);
  /** The copy in this file of each resource copied so far, by the digest of what it is. */
  const copies = new Map<string, PDFRef>();
  return {
    add(source) {
      const copier = PDFObjectCopier.for(source.context, combined.context);
      const copied = copiedObjects(copier);
      const fresh: [string, PDFRef][] = [];
      for (const ref of resourceRefs(source)) {
        const key = digest(source.context, ref);
        const copy = copies.get(key);
        if (copy) copied.set(ref, copy);
        else fresh.push([key, ref]);
      }
      for (const page of source.getPages()) {
        const node = copier.copy(page.node) as PDFPageLeaf;
        combined.addPage(PDFPage.of(node, combined.context.register(node), combined));
      }
      for (const [key, ref] of fresh) {
        const copy = copied.get(ref);
        if (copy instanceof PDFRef && !copies.has(key)) copies.set(key, copy);
      }
    },
    save: () => combined.save(WRITE_OPTIONS),
  };
}

/**
 * The copier's map from the source's objects to their copies. pdf-lib keeps it private; an entry put in
 * before copying makes the copier use that object for the reference instead of copying it, which is how
 * a resource already in the file is shared.
 */
function copiedObjects(copier: PDFObjectCopier): Map<PDFObject, PDFObject> {
  return (copier as unknown as { traversedObjects: Map<PDFObject, PDFObject> }).traversedObjects;
}

/** Every font and form a page draws, its own or through a form (a grid's codes and fonts). */
function resourceRefs(doc: PDFDocument): PDFRef[] {
  const { context } = doc;
  const refs: PDFRef[] = [];
  const seen = new Set<PDFRef>();
  const visit = (resources: PDFDict | undefined): void => {
    for (const kind of ['Font', 'XObject']) {
      for (const [, value] of resources?.lookupMaybe(PDFName.of(kind), PDFDict)?.entries() ?? []) {
        if (!(value instanceof PDFRef) || seen.has(value)) continue;
        seen.add(value);
        refs.push(value);
        const form = context.lookup(value);
        if (form instanceof PDFStream) visit(form.dict.lookupMaybe(PDFName.of('Resources'), PDFDict));
      }
    }
  };
  for (const page of doc.getPages()) visit(page.node.Resources());
  return refs;
}

/**
 * A hash of everything an object is, following references but ignoring their numbers. The structure is
 * written out as text and hashed once; a stream's bytes go in as their own hash, kept per byte array:
 * the font subsets, glyph maps and forms of one thread's posters are the very same arrays (pdf-file.ts
 * and draw-qr.ts keep them), so each is hashed once, not once per poster.
 */
function digest(context: PDFContext, ref: PDFRef): string {
  let text = '';
  const visit = (object: PDFObject | undefined): void => {
    if (object instanceof PDFRef) return visit(context.lookup(object));
    if (object instanceof PDFDict) {
      const entries = object.entries().map(([key, value]) => [key.asString(), value] as const);
      text += '<<';
      for (const [key, value] of entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        text += key;
        visit(value);
      }
      text += '>>';
    } else if (object instanceof PDFArray) {
      text += '[';
      for (let i = 0; i < object.size(); i++) visit(object.get(i));
      text += ']';
    } else if (object instanceof PDFRawStream) {
      visit(object.dict);
      text += `stream ${contentHash(object.contents)}`;
    } else text += ` ${String(object)}`;
  };
  visit(ref);
  return createHash('sha256').update(text).digest('hex');
}

const contentHashes = new WeakMap<Uint8Array, string>();

function contentHash(bytes: Uint8Array): string {
  let hash = contentHashes.get(bytes);
  if (hash === undefined) contentHashes.set(bytes, (hash = createHash('sha256').update(bytes).digest('hex')));
  return hash;
}
