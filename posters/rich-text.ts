// Text with bold parts (from markdown **bold**, or a document name followed by its details), wrapped to
// a width line by line. Pure: draw-marks.ts paints the lines.
import { textWidth, type TextFont } from '../src/drawing/text-width.ts';
import { breakWord } from '../src/drawing/wrap-text.ts';

export interface Run {
  text: string;
  bold?: boolean | undefined;
}

/** One wrapped line: pieces in order, spaces included, each with its weight. */
export type RichLine = Run[];

export interface RichFonts {
  regular: TextFont;
  bold: TextFont;
}

/** Greedy wrap of styled runs; "\n" in a run forces a line break. */
export function wrapRuns(runs: readonly Run[], fonts: RichFonts, size: number, maxWidth: number): RichLine[] {
  const width = (piece: Run) => textWidth(piece.bold ? fonts.bold : fonts.regular, piece.text, size);
  const lines: RichLine[] = [];
  for (const paragraph of splitParagraphs(runs)) {
    let line: Run[] = [];
    let lineWidth = 0;
    for (const word of splitWords(paragraph)) {
      const wordWidth = word.reduce((sum, piece) => sum + width(piece), 0);
      const space = line.length > 0 ? width({ text: ' ' }) : 0;
      if (lineWidth + space + wordWidth <= maxWidth) {
        if (space) line.push({ text: ' ' });
        line.push(...word);
        lineWidth += space + wordWidth;
        continue;
      }
      if (line.length > 0) lines.push(merge(line));
      // A word longer than the line (a URL, usually) is broken, keeping the weight of its first piece.
      const bold = word[0]?.bold;
      const pieces = breakWord(word.map((piece) => piece.text).join(''), (text) => width({ text, bold }) <= maxWidth);
      const last = pieces.pop()!;
      for (const piece of pieces) lines.push([{ text: piece, bold }]);
      line = wordWidth <= maxWidth ? [...word] : [{ text: last, bold }];
      lineWidth = line.reduce((sum, piece) => sum + width(piece), 0);
    }
    lines.push(merge(line));
  }
  return lines;
}

export function plainText(runs: readonly Run[]): string {
  return runs.map((run) => run.text).join('');
}

function splitParagraphs(runs: readonly Run[]): Run[][] {
  const paragraphs: Run[][] = [[]];
  for (const run of runs) {
    run.text.split('\n').forEach((text, index) => {
      if (index > 0) paragraphs.push([]);
      if (text) paragraphs.at(-1)!.push({ text, bold: run.bold });
    });
  }
  return paragraphs;
}

/** Words as lists of pieces: "**asli**," is one word of a bold piece and a regular comma. */
function splitWords(runs: readonly Run[]): Run[][] {
  const words: Run[][] = [];
  let current: Run[] = [];
  for (const run of runs) {
    for (const part of run.text.split(/(\s+)/)) {
      if (/^\s+$/.test(part)) {
        if (current.length > 0) words.push(current);
        current = [];
      } else if (part) {
        current.push({ text: part, bold: run.bold });
      }
    }
  }
  if (current.length > 0) words.push(current);
  return words;
}

function merge(line: readonly Run[]): RichLine {
  const merged: Run[] = [];
  for (const piece of line) {
    const last = merged.at(-1);
    if (last && Boolean(last.bold) === Boolean(piece.bold)) last.text += piece.text;
    else merged.push({ ...piece });
  }
  return merged;
}
