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
// Noto Sans (kerning, ligatures) is slow. A build makes dozens of PDFs from the same two typefaces and
// the same strings, so one parsed font per typeface serves every document, with its layouts memoised.
// Each document still gets its own subset, and nothing here is mutated by pdf-lib.
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
  font.createSubset = () => keepLocaFormat(createSubset(), font);
  const layout = font.layout.bind(font);
  const runs = new Map<string, ReturnType<Font['layout']>>();
  font.layout = (text, features) => {
    if (features !== undefined) return layout(text, features);
    let run = runs.get(text);
    if (!run) {
      // Bounded: a province's build lays out millions of strings; most repeat within a few files.
      if (runs.size >= MAX_MEMOISED_RUNS) runs.clear();
      runs.set(text, (run = layout(text)));
    }
    return run;
  };
  return font;
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
