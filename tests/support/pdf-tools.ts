// Looking at a PDF the way a person and a phone would: render it (poppler's pdftoppm), read it
// (pdftotext), list its fonts (pdffonts), scan its QR codes (zbarimg) and follow its links.
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { tempDir } from './temp-dir.ts';

const run = promisify(execFile);
const BUFFER = 64 * 1024 * 1024;

/** Renders every page to a PNG at `dpi`; returns the files in page order. */
export async function renderPdf(pdfPath: string, dpi: number): Promise<string[]> {
  const dir = await tempDir('render');
  await run('pdftoppm', ['-r', String(dpi), '-png', pdfPath, join(dir, 'page')], { maxBuffer: BUFFER });
  const pages = (await readdir(dir)).filter((name) => name.endsWith('.png'));
  const number = (name: string) => Number(/-(\d+)\.png$/.exec(name)![1]);
  return pages.sort((a, b) => number(a) - number(b)).map((name) => join(dir, name));
}

/** The text of every QR code zbarimg finds on the image, one entry per code. */
export async function decodeQrCodes(pngPath: string): Promise<string[]> {
  try {
    const { stdout } = await run('zbarimg', ['--raw', '-q', '-Sdisable', '-Sqrcode.enable', pngPath], {
      maxBuffer: BUFFER,
    });
    return stdout.split('\n').filter(Boolean);
  } catch (error) {
    // zbarimg exits with status 4 when the image holds no code at all.
    if ((error as { code?: number }).code === 4) return [];
    throw error;
  }
}

/**
 * The text of the PDF, pages separated by form feeds. `layout` keeps columns side by side as printed;
 * `raw` keeps the drawing order, so a title wrapped over three lines comes out as one run of words.
 */
export async function pdfText(pdfPath: string, mode: 'layout' | 'raw' = 'layout'): Promise<string> {
  const { stdout } = await run('pdftotext', [`-${mode}`, '-enc', 'UTF-8', pdfPath, '-'], { maxBuffer: BUFFER });
  return stdout;
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

/** The fonts pdffonts lists, one entry per font object in the file. */
export async function pdfFonts(pdfPath: string): Promise<PdfFont[]> {
  const { stdout } = await run('pdffonts', [pdfPath]);
  return stdout
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => {
      // name, type (may contain spaces), encoding, emb, sub, uni, object number, generation
      const match = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$/.exec(line.trim());
      if (!match) throw new Error(`Unexpected pdffonts line: ${line}`);
      return {
        name: match[1]!,
        type: match[2]!,
        embedded: match[4] === 'yes',
        subset: match[5] === 'yes',
        unicode: match[6] === 'yes',
      };
    });
}

/** The URI of every link annotation, page by page (pdf-lib reads the file as a viewer would). */
export async function linkTargets(pdfPath: string): Promise<string[][]> {
  const doc = await PDFDocument.load(await readFile(pdfPath));
  return doc.getPages().map((page) =>
    (page.node.Annots()?.asArray() ?? []).map((ref) => {
      const annotation = doc.context.lookup(ref, PDFDict);
      const action = annotation.lookup(PDFName.of('A'), PDFDict);
      return action.lookup(PDFName.of('URI'), PDFString).decodeText();
    }),
  );
}

/** Width and height of every page, in points. */
export async function pageSizes(pdfPath: string): Promise<{ width: number; height: number }[]> {
  const doc = await PDFDocument.load(await readFile(pdfPath));
  return doc.getPages().map((page) => page.getSize());
}
