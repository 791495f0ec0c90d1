// The typeface of the images: the posters' Noto Sans, read from the npm package as bytes (no system fonts,
// no network) and parsed by fontkit, which both measures the text and gives the outlines it is drawn
// with (glyph-outlines.ts), so the renderer needs no fonts and drawing cannot disagree with measuring.
import type { Font } from '@pdf-lib/fontkit';
import { notoSansBytes } from '../drawing/font-files.ts';
import { fontkitAdapter } from '../drawing/fontkit-adapter.ts';
import type { TextFont } from '../drawing/text-width.ts';

export interface ImageFonts {
  regular: MeasuringFont;
  bold: MeasuringFont;
}

/** Widths for wrapping, plus how far the face reaches above and below the baseline (in em). */
export interface MeasuringFont extends TextFont {
  name: string;
  ascent: number;
  descent: number;
  /** The parsed face, for shaping and outlines. */
  face: Font;
}

let loaded: Promise<ImageFonts> | undefined;

/** The fonts, read once per process. */
export function imageFonts(): Promise<ImageFonts> {
  loaded ??= notoSansBytes().then(({ regular, bold }) => ({
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
    face: font,
    // The shaped advance, kerning included, exactly as the line is drawn.
    widthOfTextAtSize: (text, size) => (font.layout(text).advanceWidth / em) * size,
  };
}
