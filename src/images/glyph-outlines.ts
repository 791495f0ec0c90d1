// Text as outlines: words are shaped with the same fontkit font that measured them (fonts.ts) and each
// glyph's outline is written as SVG path data, so the renderer needs no fonts and does no shaping, and
// what is drawn is exactly what was measured. Every glyph and every word is written once per typeface in
// relative commands, so placing it on a line only needs one move to its origin.
import type { Font, Glyph } from '@pdf-lib/fontkit';

/** A shaped line in font units, y up: path data from the pen's start, and how far the pen moved. */
export interface LineOutline {
  d: string;
  advance: number;
}

/**
 * Path data in relative commands from an origin: the first move, the rest, and where the path leaves the
 * current point (the start of its last subpath). A glyph, a word and a line are each one of these, so a
 * larger one is put together from smaller ones with one move between them.
 */
interface Outline {
  start: readonly [number, number] | undefined;
  rest: string;
  end: readonly [number, number];
  advance: number;
}

interface Placed {
  outline: Outline;
  x: number;
  y: number;
}

interface PathCommand {
  command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath';
  args: number[];
}

const glyphsOf = new WeakMap<Font, Map<number, Outline>>();
const wordsOf = new WeakMap<Font, Map<string, Outline>>();
/** Words kept per typeface before the memo starts again (titles and bands repeat their words). */
const MAX_MEMOISED_WORDS = 20_000;

/**
 * A line as its words shaped one by one, with the spaces' advances between them: exactly how
 * src/drawing/text-width.ts measures it (shaping never reaches across a space), so the drawn line is as
 * wide as the measured one, and each word is shaped once per typeface however many lines it is on.
 */
export function lineOutline(font: Font, text: string): LineOutline {
  const space = word(font, ' ');
  const pieces: Placed[] = [];
  let pen = 0;
  text.split(' ').forEach((part, index) => {
    if (index > 0) pen += space.advance;
    if (!part) return;
    const outline = word(font, part);
    pieces.push({ outline, x: pen, y: 0 });
    pen += outline.advance;
  });
  const line = compose(pieces, pen);
  return { d: line.start ? `M${num(line.start[0])} ${num(line.start[1])}${line.rest}` : '', advance: pen };
}

function word(font: Font, text: string): Outline {
  let words = wordsOf.get(font);
  if (!words) wordsOf.set(font, (words = new Map()));
  let outline = words.get(text);
  if (!outline) {
    if (words.size >= MAX_MEMOISED_WORDS) words.clear();
    words.set(text, (outline = shape(font, text)));
  }
  return outline;
}

function shape(font: Font, text: string): Outline {
  const run = font.layout(text);
  let glyphs = glyphsOf.get(font);
  if (!glyphs) glyphsOf.set(font, (glyphs = new Map()));
  const pieces: Placed[] = [];
  let pen = 0;
  run.glyphs.forEach((glyph, index) => {
    const position = run.positions[index]!;
    let outline = glyphs.get(glyph.id);
    if (!outline) glyphs.set(glyph.id, (outline = glyphOutline(glyph)));
    pieces.push({ outline, x: pen + position.xOffset, y: position.yOffset });
    pen += position.xAdvance;
  });
  return compose(pieces, pen);
}

/** Outlines placed at their origins, as one: each piece needs only a move from where the last one ended. */
function compose(pieces: readonly Placed[], advance: number): Outline {
  let start: [number, number] | undefined;
  let [x, y] = [0, 0];
  const rest: string[] = [];
  for (const { outline, x: ox, y: oy } of pieces) {
    if (!outline.start) continue;
    const [sx, sy] = [ox + outline.start[0], oy + outline.start[1]];
    if (start) rest.push(`m${num(sx - x)} ${num(sy - y)}`);
    else start = [sx, sy];
    rest.push(outline.rest);
    [x, y] = [ox + outline.end[0], oy + outline.end[1]];
  }
  return { start, rest: rest.join(''), end: [x, y], advance };
}

/** A glyph's outline in relative commands from its origin; without a start for one with no ink (a space). */
function glyphOutline(glyph: Glyph): Outline {
  const commands = (glyph.path as unknown as { commands: PathCommand[] }).commands;
  let start: [number, number] | undefined;
  let [x, y] = [0, 0];
  let subpath: [number, number] = [0, 0];
  const rest: string[] = [];
  const relative = (args: number[]) => args.map((value, i) => num(value - (i % 2 === 0 ? x : y))).join(' ');
  for (const { command, args } of commands) {
    if (command === 'closePath') {
      rest.push('z');
      [x, y] = subpath;
      continue;
    }
    if (command === 'moveTo') {
      if (start) rest.push(`m${relative(args)}`);
      else start = [args[0]!, args[1]!];
      subpath = [args[0]!, args[1]!];
    } else {
      rest.push(`${command === 'lineTo' ? 'l' : command === 'quadraticCurveTo' ? 'q' : 'c'}${relative(args)}`);
    }
    [x, y] = [args.at(-2)!, args.at(-1)!];
  }
  return { start, rest: rest.join(''), end: [x, y], advance: glyph.advanceWidth };
}

/** Font units, to a hundredth: outlines are whole units or halves, composite glyphs may scale them. */
function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}
