// Titles on the sharing images wrap with the real font metrics: whatever staff write, the text stays
// inside its box, large enough for a thumbnail, and the rendered pixels agree with the measurement.
import { describe, expect, it } from 'vitest';
import { imageFonts, type ImageFonts } from '../../src/images/fonts.ts';
import { OG_LAYOUT, titleStyleOg } from '../../src/images/og-image.ts';
import { renderPixels } from '../../src/images/render-png.ts';
import { SQUARE_LAYOUT, titleStyleSquare } from '../../src/images/square-image.ts';
import { layerSvg } from '../../src/images/drawing.ts';
import { rect, svgDocument, type Box } from '../../src/images/svg.ts';
import { layoutText, textLayer, type TextStyle } from '../../src/images/text-block.ts';
import { textWidth } from '../../src/drawing/text-width.ts';
import { loadContentOrThrow } from '../../src/lib/content/load-content.ts';
import { SITE_CONTENT } from '../support/content-dir.ts';

const fonts = await imageFonts();
const content = await loadContentOrThrow(SITE_CONTENT);
const longestSamples = content.layanan
  .map((layanan) => layanan.judul)
  .sort((a, b) => b.length - a.length)
  .slice(0, 3);
// The schema allows 90 letters; these are as wide as such a title can get in practice.
const LONG_TITLES = [
  ...longestSamples,
  'Permohonan Rekomendasi Pemberitahuan Penyelenggaraan Keramaian Masyarakat (WWWWW MMMMM QQQ)',
  'Pengesahan' + 'Administrasi'.repeat(7), // one 94-letter word with no space to break at
];
const ABSURD = 'Surat Keterangan Pemberitahuan Penyelenggaraan Keramaian '.repeat(12).trim();

const cases: [string, Box, (fonts: ImageFonts) => TextStyle][] = [
  ['link preview (1200 × 630)', OG_LAYOUT.title, titleStyleOg],
  ['square image (1080 × 1080)', SQUARE_LAYOUT.title, titleStyleSquare],
];

describe.each(cases)('title on the %s', (_, box, styleOf) => {
  const style = styleOf(fonts);

  it('wraps the longest titles inside the box without dropping a word, at thumbnail-readable size', () => {
    for (const title of LONG_TITLES) {
      const block = layoutText(title, box, style);
      expect(block.size, title).toBeGreaterThanOrEqual(style.minSize);
      expect(block.lines.join(' ').replace(/\s+/g, ''), title).toBe(title.replace(/\s+/g, ''));
      expectInside(block, box, style, title);
    }
  });

  it('ends a title too long for any size in "…" rather than running out of the box', () => {
    const block = layoutText(ABSURD, box, style);
    expect(block.size).toBe(style.minSize);
    expect(block.lines.at(-1)).toMatch(/…$/);
    expectInside(block, box, style, ABSURD);
  });

  it('draws no ink outside the box when rendered, and draws the text inside it', async () => {
    for (const title of [...LONG_TITLES, ABSURD]) {
      const block = layoutText(title, box, style);
      const width = box.x * 2 + box.width;
      const height = box.y * 2 + box.height;
      const svg = svgDocument(width, height, [
        rect({ x: 0, y: 0, width, height }, '#ffffff'),
        layerSvg(textLayer(block, style)),
      ]);
      const { pixels } = await renderPixels(svg);
      let inside = 0;
      const outside: string[] = [];
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const at = (y * width + x) * 4;
          if (pixels[at]! > 250 && pixels[at + 1]! > 250 && pixels[at + 2]! > 250) continue;
          // One pixel of anti-aliasing may touch the box edge.
          const within = x >= box.x - 1 && x <= box.x + box.width && y >= box.y - 1 && y <= box.y + box.height;
          if (within) inside++;
          else if (outside.length < 5) outside.push(`${x},${y}`);
        }
      }
      expect(outside, title).toEqual([]);
      expect(inside, title).toBeGreaterThan(1000);
    }
  });
});

function expectInside(block: ReturnType<typeof layoutText>, box: Box, style: TextStyle, title: string): void {
  for (const line of block.lines) {
    expect(textWidth(style.font, line, block.size), `${title}: ${line}`).toBeLessThanOrEqual(box.width);
  }
  const top = block.baselines[0]! - block.size * style.font.ascent;
  const bottom = block.baselines.at(-1)! + block.size * style.font.descent;
  expect(top, title).toBeGreaterThanOrEqual(box.y - 1e-6);
  expect(bottom, title).toBeLessThanOrEqual(box.y + box.height + 1e-6);
}
