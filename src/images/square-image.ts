// The square image (1080 × 1080) for Instagram, Facebook and WhatsApp Status: what the page is about,
// a QR code to it that scans off another phone's screen, and its short address to type instead.
import { printableUrl } from '../lib/urls.ts';
import type { ShareImage } from '../lib/share-images.ts';
import { contohStrip } from './contoh-strip.ts';
import type { ImageDrawing } from './drawing.ts';
import type { ImageFonts } from './fonts.ts';
import { BLACK, BLUE, WHITE } from './palette.ts';
import { qrLayer } from './qr-layer.ts';
import type { Box } from './svg.ts';
import { fittedText, labelStyle, titleStyle, type TextStyle } from './text-block.ts';

const MARGIN = 60;
const CONTENT_WIDTH = 1080 - 2 * MARGIN;

export const SQUARE_LAYOUT = {
  band: { x: 0, y: 0, width: 1080, height: 100 },
  bandText: { x: MARGIN, y: 22, width: CONTENT_WIDTH, height: 56 },
  title: { x: MARGIN, y: 124, width: CONTENT_WIDTH, height: 236 },
  // A version-4 code (41 modules with its quiet zone) gets 13 px modules: about 2 mm on a phone screen.
  qr: { x: 270, y: 372, width: 540, height: 540 },
  url: { x: MARGIN, y: 920, width: CONTENT_WIDTH, height: 68 },
  hint: { x: MARGIN, y: 1000, width: CONTENT_WIDTH, height: 50 },
  contohStrip: 64,
} satisfies Record<string, Box | number>;

const SCAN_HINT = 'Pindai kode QR dengan kamera HP, atau ketik alamatnya';

export function titleStyleSquare(fonts: ImageFonts): TextStyle {
  return titleStyle(fonts.bold, 76, 'middle');
}

export function squareImage(image: ShareImage, fonts: ImageFonts, options: { contoh: boolean }): ImageDrawing {
  const { width, height } = image;
  return {
    width,
    height,
    layers: [
      { kind: 'rect', box: { x: 0, y: 0, width, height }, fill: WHITE },
      { kind: 'rect', box: SQUARE_LAYOUT.band, fill: BLUE },
      fittedText(image.band, SQUARE_LAYOUT.bandText, labelStyle(fonts.regular, 38, WHITE, 'middle')),
      fittedText(image.title, SQUARE_LAYOUT.title, titleStyleSquare(fonts)),
      qrLayer(image.pageUrl, SQUARE_LAYOUT.qr),
      fittedText(printableUrl(image.pageUrl), SQUARE_LAYOUT.url, labelStyle(fonts.bold, 48, BLUE, 'middle')),
      ...(options.contoh
        ? contohStrip(width, height, SQUARE_LAYOUT.contohStrip, fonts)
        : [fittedText(SCAN_HINT, SQUARE_LAYOUT.hint, labelStyle(fonts.regular, 32, BLACK, 'middle'))]),
    ],
  };
}
