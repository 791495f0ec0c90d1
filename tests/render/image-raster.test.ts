// Images are painted without resvg where they can be (src/images/render-drawing.ts): flat colours on
// whole pixels, and text by its own rasteriser. Every share image of the fixture, with and without the
// CONTOH strip, must come out as resvg draws the same drawing: flat areas and the QR code exactly, text
// edges within a few percent (exact coverage where resvg supersamples), and its code must still scan.
// A drawing the painter cannot paint exactly is handed to resvg whole.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drawingSvg, type ImageDrawing } from '../../src/images/drawing.ts';
import { paintIndexed, renderDrawing } from '../../src/images/render-drawing.ts';
import { imageDrawing } from '../../src/images/render-job.ts';
import { renderPixels, renderPng } from '../../src/images/render-png.ts';
import { loadContentOrThrow } from '../../src/lib/content/load-content.ts';
import { allShareImages } from '../../src/lib/share-images.ts';
import { decodePng } from '../support/decode-png.ts';
import { pngHeader } from '../support/png.ts';
import { decodeQrCodes } from '../support/pdf-tools.ts';
import { tempDir } from '../support/temp-dir.ts';
import { SITE_CONTENT } from '../support/content-dir.ts';

const content = await loadContentOrThrow(SITE_CONTENT);
const kecamatan = { ...content.kecamatan, situs: 'https://layanan.mojokertokab.go.id/kemlagi/' };
const images = allShareImages({ ...content, kecamatan });

interface Difference {
  /** Channel values that differ at all, and by more than a sixteenth. */
  differing: number;
  large: number;
  largest: number;
  channels: number;
}

function compare(painted: Uint8Array, drawn: Uint8Array): Difference {
  let [differing, large, largest] = [0, 0, 0];
  for (let i = 0; i < drawn.length; i++) {
    const difference = Math.abs(painted[i]! - drawn[i]!);
    if (difference === 0) continue;
    differing++;
    if (difference > 16) large++;
    largest = Math.max(largest, difference);
  }
  return { differing, large, largest, channels: drawn.length };
}

describe('painted images', () => {
  it.each([false, true])('match resvg on every share image of the fixture (CONTOH strip: %s)', async (contoh) => {
    let compared = 0;
    for (const image of images) {
      const drawing = await imageDrawing({ image, contoh });
      const painted = await renderDrawing(drawing);
      expect(pngHeader(painted.png), image.path).toMatchObject({
        width: image.width,
        height: image.height,
        colourType: 3,
      });
      expect(paintIndexed(drawing), `${image.path} is painted, not handed to resvg`).toBeDefined();
      const { pixels } = await renderPixels(drawingSvg(drawing));
      const difference = compare(decodePng(painted.png).rgba, pixels);
      // Only anti-aliased text edges differ: a few percent of the channels, rarely by more than 1/16.
      expect(difference.differing / difference.channels, image.path).toBeLessThan(0.05);
      expect(difference.large / difference.channels, image.path).toBeLessThan(0.01);
      expect(difference.largest, image.path).toBeLessThanOrEqual(96);
      compared++;
    }
    expect(compared).toBe(images.length);
  });

  it('paints the QR code exactly, and it scans', async () => {
    const image = images.find((item) => item.kind === 'sosmed')!;
    const drawing = await imageDrawing({ image, contoh: false });
    const qr = drawing.layers.find((layer) => layer.kind === 'qr')!;
    const painted = decodePng((await renderDrawing(drawing)).png);
    const { pixels } = await renderPixels(drawingSvg(drawing));
    for (let y = qr.box.y; y < qr.box.y + qr.box.height; y++) {
      const start = (y * image.width + qr.box.x) * 4;
      const end = start + qr.box.width * 4;
      expect(
        Buffer.from(painted.rgba.subarray(start, end)).equals(Buffer.from(pixels.subarray(start, end))),
        `row ${y}`,
      ).toBe(true);
    }
    const file = join(await tempDir('gambar-lukis'), 'gambar.png');
    await writeFile(file, (await renderDrawing(drawing)).png);
    expect(await decodeQrCodes(file)).toEqual([image.pageUrl]);
  });

  it('hands a drawing it cannot paint exactly to resvg whole', async () => {
    const image = images.find((item) => item.kind === 'sosmed')!;
    const drawing = await imageDrawing({ image, contoh: false });
    const qr = drawing.layers.find((layer) => layer.kind === 'qr')!;
    const title = drawing.layers.find((layer) => layer.kind === 'text')!;
    const cases: [string, ImageDrawing][] = [
      // The title moved onto the code: its pixels would not lie on one flat colour.
      ['text over the code', { ...drawing, layers: [...drawing.layers, { ...title, ink: { ...qr.box } }] }],
      [
        'a rectangle off the pixel grid',
        {
          ...drawing,
          layers: [
            ...drawing.layers,
            { kind: 'rect', box: { x: 10.5, y: 10, width: 20, height: 20 }, fill: '#000000' },
          ],
        },
      ],
    ];
    for (const [name, unpaintable] of cases) {
      expect(paintIndexed(unpaintable), name).toBeUndefined();
      const whole = await renderPng(drawingSvg(unpaintable));
      expect(Buffer.from((await renderDrawing(unpaintable)).png).equals(Buffer.from(whole.png)), name).toBe(true);
    }
  });
});
