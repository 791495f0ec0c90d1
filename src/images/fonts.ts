// The typeface of the images: the posters' Noto Sans, read from the npm package as bytes (no system fonts,
// no network), handed to the renderer, and parsed by fontkit so that text is measured with the same
// metrics the renderer draws with.
import { notoSansBytes } from '../drawing/font-files.ts';
import { fontkitAdapter } from '../drawing/fontkit-adapter.ts';
import type { TextFont } from '../drawing/text-width.ts';

export const FONT_FAMILY = 'Noto Sans';

export interface ImageFonts {
  /** Raw font files for the renderer. */
  buffers: Uint8Array[];
  regular: MeasuringFont;
  bold: MeasuringFont;
}

/** Widths for wrapping, plus how far the face reaches above and below the baseline (in em). */
export interface MeasuringFont extends TextFont {
  name: string;
  ascent: number;
  descent: number;
}

let loaded: Promise<ImageFonts> | undefined;

/** The fonts, read once per process. */
export function imageFonts(): Promise<ImageFonts> {
  loaded ??= notoSansBytes().then(({ regular, bold }) => ({
    buffers: [regular, bold],
    regular: measuring(regular, 'image-regular'),
    bold: measuring(bold, 'image-bold'),
  }));
  return loaded;
}

function measuring(buffer: Uint8Array, name: string): MeasuringFont {
  const font = fontkitAdapter.create(buffer);
  const em = font.unitsPerEm;
  return {
    name,
    ascent: font.ascent / em,
    descent: -font.descent / em,
    // The shaped advance, kerning included, as the renderer (HarfBuzz-style shaping) lays it out.
    widthOfTextAtSize: (text, size) => (font.layout(text).advanceWidth / em) * size,
  };
}
