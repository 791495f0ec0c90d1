// Text as outlines: a line is shaped with the same fontkit font that measured it (fonts.ts) and each
// glyph's outline is written as SVG path data, so the renderer needs no fonts and does no shaping, and
// what is drawn is exactly what was measured. Every glyph is written once per typeface in relative
// commands, so placing it on a line only needs one move to its origin.
import type { Font, Glyph } from '@pdf-lib/fontkit';

/** A shaped line in font units, y up: path data from the pen's start, and how far the pen moved. */
export interface LineOutline {
  d: string;
  advance: number;
}

/** A glyph's path data: its first move (from the glyph's origin), the rest, and where it leaves the pen. */
interface GlyphOutline {
  start: readonly [number, number];
  rest: string;
  /** The start of the last subpath, where a closed path leaves the current point. */
  end: readonly [number, number];
}

interface PathCommand {
  command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath';
  args: number[];
}

const glyphsOf = new WeakMap<Font, Map<number, GlyphOutline | null>>();
const linesOf = new WeakMap<Font, Map<string, LineOutline>>();
/** Lines kept per typeface before the memo starts again (bands and addresses repeat on every image). */
const MAX_MEMOISED_LINES = 5_000;

export function lineOutline(font: Font, text: string): LineOutline {
  let lines = linesOf.get(font);
  if (!lines) linesOf.set(font, (lines = new Map()));
  let line = lines.get(text);
  if (!line) {
    if (lines.size >= MAX_MEMOISED_LINES) lines.clear();
    lines.set(text, (line = shape(font, text)));
  }
  return line;
}

function shape(font: Font, text: string): LineOutline {
  const run = font.layout(text);
  let glyphs = glyphsOf.get(font);
  if (!glyphs) glyphsOf.set(font, (glyphs = new Map()));
  const parts: string[] = [];
  // The current point: where the previous glyph's path left it.
  let [cx, cy] = [0, 0];
  let pen = 0;
  run.glyphs.forEach((glyph, index) => {
    const position = run.positions[index]!;
    let outline = glyphs.get(glyph.id);
    if (outline === undefined) glyphs.set(glyph.id, (outline = glyphOutline(glyph)));
    if (outline) {
      const [ox, oy] = [pen + position.xOffset, position.yOffset];
      parts.push(`m${num(ox + outline.start[0] - cx)} ${num(oy + outline.start[1] - cy)}`, outline.rest);
      [cx, cy] = [ox + outline.end[0], oy + outline.end[1]];
    }
    pen += position.xAdvance;
  });
  return { d: parts.join(''), advance: pen };
}

/** The outline in relative commands from the glyph's origin; null for a glyph with no ink (a space). */
function glyphOutline(glyph: Glyph): GlyphOutline | null {
  const commands = (glyph.path as unknown as { commands: PathCommand[] }).commands;
  if (commands.length === 0) return null;
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
  return { start: start ?? [0, 0], rest: rest.join(''), end: subpath };
}

/** Font units, to a hundredth: outlines are whole units or halves, composite glyphs may scale them. */
function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}
