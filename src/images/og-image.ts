// The link-preview image (1200 × 630) WhatsApp and Facebook show above a shared link: the kecamatan in a
// blue band, the page's title as large as it fits, and the short address. Seen as a thumbnail about a
// fifth of its size, so the title is never smaller than 40 px and everything is high in contrast.
import { printableUrl } from '../lib/urls.ts';
import type { ShareImage } from '../lib/share-images.ts';
import { contohStrip } from './contoh-strip.ts';
import type { ImageDrawing } from './drawing.ts';
import type { ImageFonts } from './fonts.ts';
import { BLUE, WHITE } from './palette.ts';
import type { Box } from './svg.ts';
import { fittedText, labelStyle, titleStyle, type TextStyle } from './text-block.ts';

const MARGIN = 60;
const CONTENT_WIDTH = 1200 - 2 * MARGIN;

export const OG_LAYOUT = {
  band: { x: 0, y: 0, width: 1200, height: 96 },
  bandText: { x: MARGIN, y: 20, width: CONTENT_WIDTH, height: 56 },
  title: { x: MARGIN, y: 126, width: CONTENT_WIDTH, height: 340 },
  rule: { x: MARGIN, y: 484, width: 120, height: 8 },
  url: { x: MARGIN, y: 506, width: CONTENT_WIDTH, height: 68 },
  contohStrip: 44,
} satisfies Record<string, Box | number>;

export function titleStyleOg(fonts: ImageFonts): TextStyle {
  return titleStyle(fonts.bold, 88, 'start');
}

export function ogImage(image: ShareImage, fonts: ImageFonts, options: { contoh: boolean }): ImageDrawing {
  const { width, height } = image;
  return {
    width,
    height,
    layers: [
      { kind: 'rect', box: { x: 0, y: 0, width, height }, fill: WHITE },
      { kind: 'rect', box: OG_LAYOUT.band, fill: BLUE },
      fittedText(image.band, OG_LAYOUT.bandText, labelStyle(fonts.regular, 38, WHITE, 'start')),
      fittedText(image.title, OG_LAYOUT.title, titleStyleOg(fonts)),
      { kind: 'rect', box: OG_LAYOUT.rule, fill: BLUE },
      fittedText(printableUrl(image.pageUrl), OG_LAYOUT.url, labelStyle(fonts.bold, 48, BLUE, 'start')),
      ...(options.contoh ? contohStrip(width, height, OG_LAYOUT.contohStrip, fonts) : []),
    ],
  };
}
