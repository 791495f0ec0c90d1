// The PNG stage: images come out at their exact size with every rendered pixel kept, and one over its
// byte budget is re-encoded with a few colours (never shrunk) while its QR code still scans.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageFonts } from '../../src/images/fonts.ts';
import { reducedPalette } from '../../src/images/reduce-colours.ts';
import { renderPixels, renderPng } from '../../src/images/render-png.ts';
import { drawingSvg } from '../../src/images/drawing.ts';
import { squareImage } from '../../src/images/square-image.ts';
import { loadContentOrThrow } from '../../src/lib/content/load-content.ts';
import { squareImageLayanan } from '../../src/lib/share-images.ts';
import { decodeQrCodes } from '../support/pdf-tools.ts';
import { decodePng } from '../support/decode-png.ts';
import { pngHeader } from '../support/png.ts';
import { tempDir } from '../support/temp-dir.ts';
import { SITE_CONTENT } from '../support/content-dir.ts';

const fonts = await imageFonts();
const content = await loadContentOrThrow(SITE_CONTENT);
const kecamatan = { ...content.kecamatan, situs: 'https://kemlagi.mojokertokab.go.id/' };
const image = squareImageLayanan(
  kecamatan,
  content.layanan.find((layanan) => layanan.slug === 'ktp-hilang')!,
);
const svg = drawingSvg(squareImage(image, fonts, { contoh: false }));

async function decode(png: Uint8Array): Promise<string[]> {
  const file = join(await tempDir('gambar'), 'gambar.png');
  await writeFile(file, png);
  return decodeQrCodes(file);
}

describe('PNG output', () => {
  it('renders at the exact size, every pixel as drawn, when within the budget, and the QR decodes', async () => {
    const { png, reduced } = await renderPng(svg);
    expect(reduced).toBe(false);
    // Indexed (type 3): a drawing of flat colours and their anti-aliased edges has far fewer than 256
    // colours, so a palette keeps every pixel in a third of the data.
    expect(pngHeader(png)).toMatchObject({ width: 1080, height: 1080, colourType: 3, bitDepth: 8 });
    const { pixels } = await renderPixels(svg);
    expect(Buffer.from(decodePng(png).rgba).equals(Buffer.from(pixels))).toBe(true);
    expect(await decode(png)).toEqual(['https://kemlagi.mojokertokab.go.id/l/ktp-hilang/']);
  });

  it('reduces an over-budget image to a few colours at the same size, and the QR still decodes', async () => {
    const full = await renderPng(svg);
    const small = await renderPng(svg, full.png.length - 1);
    expect(small.reduced).toBe(true);
    expect(pngHeader(small.png)).toMatchObject({ width: 1080, height: 1080, colourType: 3, bitDepth: 8 });
    expect(small.png.length).toBeLessThan(full.png.length);
    expect(await decode(small.png)).toEqual(['https://kemlagi.mojokertokab.go.id/l/ktp-hilang/']);
  });

  it('keeps the reduced palette to black, white, the blue and their blends', () => {
    const palette = reducedPalette();
    expect(palette.length).toBeLessThanOrEqual(32);
    expect(palette).toEqual(
      expect.arrayContaining([
        [0, 0, 0],
        [255, 255, 255],
        [0, 80, 122],
      ]),
    );
  });
});
