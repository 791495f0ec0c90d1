// Text as outlines: words are shaped with the same fontkit font that measured them (fonts.ts) and each
// glyph's outline is written as SVG path data, so the renderer needs no fonts and does no shaping, and
// what is drawn is exactly what was measured. Every glyph and every word is written once per typeface in
// relative commands, so placing it on a line only needs one move to its origin.
import type { Font, Glyph } from '@pdf-lib/fontkit';
import { flattenCurve } from './flatten-curve.ts';

/** A shaped line in font units, y up: path data from the pen's start, and how far the pen moved. */
export interface LineOutline {
  d: string;
  advance: number;
  /** Where its ink can reach, from the pen's start; undefined for a line with no ink. */
  bounds: Bounds | undefined;
  /** The same outlines as polygons, for the rasteriser: each glyph's, from the pen's start. */
  glyphs: PlacedGlyph[];
}

/** A glyph's contours as closed polygons (x, y, x, y, … in font units, y up), placed at (x, y). */
export interface PlacedGlyph {
  contours: readonly Float64Array[];
  x: number;
  y: number;
}

/**
 * Curves become straight pieces at most this many font units from the curve, per 1,000 units of em: a
 * tenth of a pixel on the largest text the images carry (88 px).
 */
const FLATNESS_PER_EM = 1 / 1000;

/**
 * A rectangle in font units, y up, that holds every point of the outlines: their ends and their curves'
 * control points, so it is never smaller than the ink (a curve stays inside its control points).
 */
export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
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
  bounds: Bounds | undefined;
  glyphs: PlacedGlyph[];
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
  const d = line.start ? `M${num(line.start[0])} ${num(line.start[1])}${line.rest}` : '';
  return { d, advance: pen, bounds: line.bounds, glyphs: line.glyphs };
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
    if (!outline) glyphs.set(glyph.id, (outline = glyphOutline(glyph, font.unitsPerEm * FLATNESS_PER_EM)));
    pieces.push({ outline, x: pen + position.xOffset, y: position.yOffset });
    pen += position.xAdvance;
  });
  return compose(pieces, pen);
}

/** Outlines placed at their origins, as one: each piece needs only a move from where the last one ended. */
function compose(pieces: readonly Placed[], advance: number): Outline {
  let start: [number, number] | undefined;
  let [x, y] = [0, 0];
  let bounds: Bounds | undefined;
  const glyphs: PlacedGlyph[] = [];
  const rest: string[] = [];
  for (const { outline, x: ox, y: oy } of pieces) {
    if (!outline.start) continue;
    bounds = union(bounds, outline.bounds && shifted(outline.bounds, ox, oy));
    for (const glyph of outline.glyphs) glyphs.push({ contours: glyph.contours, x: glyph.x + ox, y: glyph.y + oy });
    const [sx, sy] = [ox + outline.start[0], oy + outline.start[1]];
    if (start) rest.push(`m${num(sx - x)} ${num(sy - y)}`);
    else start = [sx, sy];
    rest.push(outline.rest);
    [x, y] = [ox + outline.end[0], oy + outline.end[1]];
  }
  return { start, rest: rest.join(''), end: [x, y], advance, bounds, glyphs };
}

function shifted(bounds: Bounds, dx: number, dy: number): Bounds {
  return { minX: bounds.minX + dx, minY: bounds.minY + dy, maxX: bounds.maxX + dx, maxY: bounds.maxY + dy };
}

function union(a: Bounds | undefined, b: Bounds | undefined): Bounds | undefined {
  if (!a || !b) return a ?? b;
  return {
    minX: Math.min(a.minX, b.minX),
    minY: Math.min(a.minY, b.minY),
    maxX: Math.max(a.maxX, b.maxX),
    maxY: Math.max(a.maxY, b.maxY),
  };
}

/** A glyph's outline in relative commands from its origin; without a start for one with no ink (a space). */
function glyphOutline(glyph: Glyph, flatness: number): Outline {
  const commands = (glyph.path as unknown as { commands: PathCommand[] }).commands;
  let start: [number, number] | undefined;
  let [x, y] = [0, 0];
  let subpath: [number, number] = [0, 0];
  let bounds: Bounds | undefined;
  const contours: Float64Array[] = [];
  let contour: number[] = [];
  const endContour = () => {
    if (contour.length >= 6) contours.push(Float64Array.from(contour));
    contour = [];
  };
  const rest: string[] = [];
  const relative = (args: number[]) => args.map((value, i) => num(value - (i % 2 === 0 ? x : y))).join(' ');
  for (const { command, args } of commands) {
    for (let i = 0; i + 1 < args.length; i += 2) {
      bounds = union(bounds, { minX: args[i]!, minY: args[i + 1]!, maxX: args[i]!, maxY: args[i + 1]! });
    }
    if (command === 'closePath') {
      rest.push('z');
      [x, y] = subpath;
      endContour();
      continue;
    }
    if (command === 'moveTo') {
      endContour();
      contour.push(args[0]!, args[1]!);
    } else if (command === 'lineTo') contour.push(args[0]!, args[1]!);
    else flattenCurve(contour, flatness, x, y, ...args);
    if (command === 'moveTo') {
      if (start) rest.push(`m${relative(args)}`);
      else start = [args[0]!, args[1]!];
      subpath = [args[0]!, args[1]!];
    } else {
      rest.push(`${command === 'lineTo' ? 'l' : command === 'quadraticCurveTo' ? 'q' : 'c'}${relative(args)}`);
    }
    [x, y] = [args.at(-2)!, args.at(-1)!];
  }
  endContour();
  const placed = contours.length > 0 ? [{ contours, x: 0, y: 0 }] : [];
  return { start, rest: rest.join(''), end: [x, y], advance: glyph.advanceWidth, bounds, glyphs: placed };
}

/** Font units, to a hundredth: outlines are whole units or halves, composite glyphs may scale them. */
function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}
