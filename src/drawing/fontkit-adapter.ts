// The fontkit that pdf-lib gets: @pdf-lib/fontkit with a subsetting fix and a shared, memoised font.
//
// Subsetting: @pdf-lib/fontkit 1.1.1 (the last release of pdf-lib's fork of fontkit) corrupts TrueType subsets. It
// always writes the subset's `loca` table in the short format, which stores glyph offsets divided by two,
// even when the source font uses the long format because its glyph records have odd lengths (Noto Sans
// does). After the first odd record every offset is a byte off, so most letters render blank or garbled
// while pdftotext still extracts the text (the ToUnicode map is intact). Upstream fontkit fixed it in 1.8.0
// (foliojs/fontkit#191) by keeping the source font's loca format; the fork never took the fix
// (Hopding/pdf-lib#1232). We apply the same fix from outside: when a subset sets up its loca table, the
// source font's format is filled in, so fontkit skips the halving. Subsets stay small, no second font library.
//
// Speed: pdf-lib shapes a string with fontkit's layout() for every drawText and every width, and shaping
// Noto Sans (kerning, ligatures) is slow. A build makes hundreds of PDFs from the same two typefaces and
// the same words, so one parsed font per typeface serves every document, and its layouts are memoised
// word by word: shaping never reaches across a space in these fonts (no kerning pair or contextual rule
// involves the space glyph; tests/unit/fontkit-adapter.test.ts proves it on every fixture's text), so a
// line's run is exactly its words' runs end to end. A subset with the same glyphs in the same order
// encodes to the same bytes, so those are made once per process too (every village poster starts from
// the same repertoire, posters/font.ts). Nothing here is mutated by pdf-lib.
import { Readable } from 'node:stream';
import fontkit, { type Font, type Subset } from '@pdf-lib/fontkit';

/** What pdf-lib's registerFontkit takes, written out so the drawing core needs nothing from pdf-lib. */
interface Fontkit {
  create(buffer: Uint8Array, postscriptName?: string): Font;
}

/** The parts of a TrueType font fontkit decodes lazily but does not declare. */
interface TrueTypeFont extends Font {
  loca?: { version: number };
}

const parsed = new WeakMap<Uint8Array, Font>();

/** Shaped strings kept per typeface before the memo starts again. */
const MAX_MEMOISED_RUNS = 20_000;

/** fontkit, except that fonts are parsed once per buffer and subsets keep the source's `loca` format. */
export const fontkitAdapter: Fontkit = {
  create(buffer, postscriptName) {
    let font = parsed.get(buffer);
    if (!font) {
      font = adapt(fontkit.create(buffer, postscriptName) as TrueTypeFont);
      parsed.set(buffer, font);
    }
    return font;
  },
};

function adapt(font: TrueTypeFont): Font {
  const createSubset = font.createSubset.bind(font);
  font.createSubset = () => memoiseEncoding(keepLocaFormat(createSubset(), font));
  const layout = font.layout.bind(font);
  const runs = new Map<string, GlyphRun>();
  const shaped = (text: string): GlyphRun => {
    let run = runs.get(text);
    if (!run) {
      // Bounded: a province's build lays out millions of words; most repeat within a few files.
      if (runs.size >= MAX_MEMOISED_RUNS) runs.clear();
      runs.set(text, (run = layout(text)));
    }
    return run;
  };
  font.layout = (text, features) => {
    if (features !== undefined) return layout(text, features);
    if (!text.includes(' ')) return shaped(text);
    return joinRuns(text.split(/( )/).filter(Boolean).map(shaped));
  };
  return font;
}

type GlyphRun = ReturnType<Font['layout']>;

/** The runs of consecutive words as one run: what pdf-lib and the image text read of it. */
function joinRuns(parts: readonly GlyphRun[]): GlyphRun {
  const glyphs = parts.flatMap((part) => part.glyphs);
  const positions = parts.flatMap((part) => part.positions);
  const advanceWidth = parts.reduce((sum, part) => sum + part.advanceWidth, 0);
  return { ...parts[0]!, glyphs, positions, advanceWidth } as GlyphRun;
}

/** Encoded subsets per source font, by the glyph ids they hold in order. */
const encodedSubsets = new WeakMap<object, Map<string, Uint8Array>>();
const MAX_MEMOISED_SUBSETS = 64;

/**
 * pdf-lib reads a subset through encodeStream() once, when the document is saved. The bytes depend only
 * on the source font and the glyph ids included, in order (encoding may append the parts of composite
 * glyphs, which the next encoding of the same list appends again), so equal lists share one encoding.
 */
function memoiseEncoding(subset: Subset): Subset {
  const source = (subset as unknown as { font: object }).font;
  let byGlyphs = encodedSubsets.get(source);
  if (!byGlyphs) encodedSubsets.set(source, (byGlyphs = new Map()));
  const memo = byGlyphs;
  const encodeStream = subset.encodeStream.bind(subset);
  subset.encodeStream = () => {
    const key = (subset as unknown as { glyphs: number[] }).glyphs.join(',');
    const known = memo.get(key);
    if (known) return Readable.from([known]) as unknown as ReturnType<Subset['encodeStream']>;
    const stream = encodeStream();
    const parts: Uint8Array[] = [];
    stream.on('data', (bytes: Uint8Array) => parts.push(bytes));
    stream.on('end', () => {
      if (memo.size >= MAX_MEMOISED_SUBSETS) memo.clear();
      memo.set(key, Buffer.concat(parts));
    });
    return stream;
  };
  return subset;
}

function keepLocaFormat(subset: Subset, font: TrueTypeFont): Subset {
  // Only TrueType outlines have a loca table; CFF-based fonts are subset differently.
  const version = font.loca?.version;
  if (version === undefined) return subset;
  let loca: { version?: number } | undefined;
  // TTFSubset.encode assigns `this.loca = { offsets: [] }`, then `loca.preEncode` leaves a table alone
  // when its version is already set, as fontkit ≥ 1.8 does.
  Object.defineProperty(subset, 'loca', {
    get: () => loca,
    set: (table: { version?: number }) => {
      table.version = version;
      loca = table;
    },
  });
  return subset;
}
