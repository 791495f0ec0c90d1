// Wrapping text to a width: break at spaces, and break a word wider than the line (a URL, usually) at a
// point a reader expects.
import { textWidth, type TextFont } from './text-width.ts';

/** Greedy word wrap; a word wider than the line is broken (see breakWord). Newlines force a break. */
export function wrapText(text: string, font: TextFont, size: number, maxWidth: number): string[] {
  const width = (value: string) => textWidth(font, value, size);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (width(candidate) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      const pieces = breakWord(word, (piece) => width(piece) <= maxWidth);
      line = pieces.pop()!;
      lines.push(...pieces);
    }
    lines.push(line);
  }
  return lines;
}

/**
 * Splits a word that does not fit on one line. A URL breaks before its first "/" that fits, so a printed
 * address reads "kemlagi.mojokertokab.go.id" then "/l/sktm"; other words break after a "-" or, failing
 * that, between letters.
 */
export function breakWord(word: string, fits: (piece: string) => boolean): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (!fits(rest)) {
    const cut = bestCut(rest, fits);
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  pieces.push(rest);
  return pieces;
}

function bestCut(word: string, fits: (piece: string) => boolean): number {
  // An address breaks before its first "/" whenever the part before it fits, whatever else would: one
  // measurement instead of a search (each prefix is a new string to shape, and every village poster
  // prints its own address).
  const slash = word.indexOf('/', 1);
  if (slash > 0 && fits(word.slice(0, slash))) return slash;
  // Otherwise the longest prefix that fits, by halving: a longer prefix is never narrower.
  let longest = 1;
  let tooLong = word.length + 1;
  while (tooLong - longest > 1) {
    const middle = Math.floor((longest + tooLong) / 2);
    if (fits(word.slice(0, middle))) longest = middle;
    else tooLong = middle;
  }
  // No "/" lies within it (the first one did not fit), so after its last "-", or where it ends.
  const cuts = [...word.slice(1, longest + 1)].map((_, i) => i + 1);
  return cuts.findLast((cut) => word[cut - 1] === '-') ?? longest;
}
