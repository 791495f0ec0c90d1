// While situs is a placeholder, every image says so in a black strip along its bottom edge, as posters
// carry their CONTOH mark (the words are in src/lib/contoh.ts).
import { CONTOH_IMAGE_TEXT } from '../lib/contoh.ts';
import type { ImageFonts } from './fonts.ts';
import { BLACK, WHITE } from './palette.ts';
import type { Layer } from './drawing.ts';
import { fittedText } from './text-block.ts';

export function contohStrip(width: number, height: number, stripHeight: number, fonts: ImageFonts): Layer[] {
  const strip = { x: 0, y: height - stripHeight, width, height: stripHeight };
  const inner = { x: 40, y: strip.y + stripHeight * 0.15, width: width - 80, height: stripHeight * 0.7 };
  return [
    { kind: 'rect', box: strip, fill: BLACK },
    fittedText(CONTOH_IMAGE_TEXT, inner, {
      font: fonts.bold,
      maxSize: Math.floor(inner.height / (fonts.bold.ascent + fonts.bold.descent)),
      minSize: 12,
      leading: 1.2,
      align: 'middle',
      valign: 'middle',
      fill: WHITE,
    }),
  ];
}
