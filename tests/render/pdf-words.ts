// Every word on each page of a PDF with its box and type size, read by poppler (pdftotext -bbox), so a
// test can check how large the printed text really is rather than what the layout meant it to be.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Poppler's word box runs from the font's ascender to its descender: 1.069 + 0.293 em for Noto Sans,
 * the only typeface printed. Dividing by it gives the size the word was set at.
 */
const NOTO_SANS_BOX = 1.069 + 0.293;

export interface PdfWord {
  text: string;
  /** In points from the top left corner of the page, as poppler gives them. */
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  size: number;
}

export async function pdfWords(pdfPath: string): Promise<PdfWord[][]> {
  const { stdout } = await run('pdftotext', ['-bbox', '-enc', 'UTF-8', pdfPath, '-'], { maxBuffer: 64 << 20 });
  return stdout
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
        ([, xMin, yMin, xMax, yMax, text]) => ({
          text: decode(text!),
          xMin: Number(xMin),
          yMin: Number(yMin),
          xMax: Number(xMax),
          yMax: Number(yMax),
          size: (Number(yMax) - Number(yMin)) / NOTO_SANS_BOX,
        }),
      ),
    );
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
