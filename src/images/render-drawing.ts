// Paints an image straight into the rows of an indexed PNG. Most of a 1080 × 1080 image is flat colour
// on whole pixels (rectangles, the QR code's modules), which needs no renderer; only the text needs
// anti-aliasing, and rasterise-outlines.ts computes its coverage over just the pixels its ink can reach.
// resvg painted every pixel of the canvas and rasterised the text at several times the cost, which was
// most of an image's time. Each text block must lie on one flat rectangle, so its pixels are that colour
// blended with the text's by the coverage.
// A drawing this cannot paint (text over text or over the code, a rectangle off the pixel grid, more than
// 256 colours, over the byte budget) is rendered whole by resvg, as before.
import { MAX_IMAGE_BYTES } from '../lib/share-images.ts';
import { QUIET_ZONE } from '../drawing/qr-code.ts';
import { ColourTable, hexRgb, rgbWord } from './colour-table.ts';
import { drawingSvg, type ImageDrawing, type Layer, type TextLayer, type TextLine } from './drawing.ts';
import { BLACK, WHITE } from './palette.ts';
import { FAST_DEFLATE, pngFile } from './png-file.ts';
import { COVERAGE_LEVELS, coverageRuns } from './rasterise-outlines.ts';
import { renderPng, type RenderedPng } from './render-png.ts';
import type { Box } from './svg.ts';

export async function renderDrawing(drawing: ImageDrawing, maxBytes = MAX_IMAGE_BYTES): Promise<RenderedPng> {
  const { width, height } = drawing;
  const painted = paintIndexed(drawing);
  if (painted) {
    const png = pngFile(width, height, 3, painted.rows, painted.palette, FAST_DEFLATE);
    if (png.length <= maxBytes) return { png, width, height, reduced: false };
  }
  return renderPng(drawingSvg(drawing), maxBytes);
}

/** A text block's pixels and the flat colour under them. */
interface Tile {
  layer: TextLayer;
  box: Box;
  background: string;
}

/** The image as PNG rows of palette indices (filter byte 0 before each row), or undefined (see above). */
export function paintIndexed(drawing: ImageDrawing): { rows: Uint8Array; palette: Uint8Array } | undefined {
  const tiles = planTiles(drawing);
  if (!tiles) return undefined;
  const { width, height } = drawing;
  const canvas = new IndexedCanvas(width, height);
  const tileOf = new Map(tiles.map((tile) => [tile.layer, tile]));
  for (const layer of drawing.layers) {
    if (layer.kind === 'rect') canvas.fill(layer.box, layer.fill);
    else if (layer.kind === 'qr') canvas.qr(layer);
    else {
      const tile = tileOf.get(layer);
      if (tile) canvas.blend(tile.box, layer.lines, tile.background, layer.fill);
    }
  }
  return canvas.overflowed ? undefined : { rows: canvas.rows, palette: canvas.table.used() };
}

/**
 * Each text block with ink, inside the image, and the rectangle it sits on: the last layer before it
 * that touches its pixels must be a rectangle on whole pixels that holds all of them. Undefined when any
 * layer breaks that, or a rectangle or code does not lie on whole pixels.
 */
function planTiles(drawing: ImageDrawing): Tile[] | undefined {
  const image = { x: 0, y: 0, width: drawing.width, height: drawing.height };
  const tiles: Tile[] = [];
  const below: { box: Box; layer: Layer }[] = [];
  for (const layer of drawing.layers) {
    if (layer.kind === 'text') {
      if (!layer.ink) continue;
      const box = intersection(layer.ink, image);
      if (box.width === 0 || box.height === 0) continue;
      const under = below.findLast((item) => overlaps(item.box, box));
      if (!under || under.layer.kind !== 'rect' || !contains(under.box, box)) return undefined;
      tiles.push({ layer, box, background: under.layer.fill });
      below.push({ box, layer });
      continue;
    }
    if (!onPixels(layer.box) || (layer.kind === 'qr' && !Number.isInteger(layer.moduleSize))) return undefined;
    below.push({ box: layer.box, layer });
  }
  return tiles;
}

/** PNG rows of palette indices, painted layer by layer. */
class IndexedCanvas {
  readonly table = new ColourTable();
  private readonly ramps = new Map<string, Int16Array>();
  readonly rows: Uint8Array;
  /** Set when a colour found the palette full: the rows are then wrong and must not be used. */
  overflowed = false;
  private readonly stride: number;
  private readonly width: number;
  private readonly height: number;

  constructor(width: number, height: number) {
    this.width = width;
    this.height = height;
    this.stride = width + 1;
    this.rows = new Uint8Array(height * this.stride);
  }

  fill(box: Box, colour: string): void {
    const index = this.indexOf(colour);
    if (index < 0) return;
    const [x0, x1] = [Math.max(0, box.x), Math.min(this.width, box.x + box.width)];
    const [y0, y1] = [Math.max(0, box.y), Math.min(this.height, box.y + box.height)];
    if (x1 <= x0) return;
    for (let y = y0; y < y1; y++) this.rows.fill(index, y * this.stride + 1 + x0, y * this.stride + 1 + x1);
  }

  qr({ box, moduleSize, matrix }: Extract<Layer, { kind: 'qr' }>): void {
    this.fill(box, WHITE);
    const { size, data } = matrix;
    for (let row = 0; row < size; row++) {
      for (let column = 0; column < size; column++) {
        if (!data[row * size + column]) continue;
        let end = column + 1;
        while (end < size && data[row * size + end]) end++;
        this.fill(
          {
            x: box.x + (QUIET_ZONE + column) * moduleSize,
            y: box.y + (QUIET_ZONE + row) * moduleSize,
            width: (end - column) * moduleSize,
            height: moduleSize,
          },
          BLACK,
        );
        column = end - 1;
      }
    }
  }

  /**
   * Paints the text's lines over `box`: each pixel is `background` blended towards `ink` by its coverage.
   * Pixels without ink are left alone, since the rectangle under the text already painted them so.
   */
  blend(box: Box, lines: readonly TextLine[], background: string, ink: string): void {
    const ramp = this.ramp(background, ink);
    const { rows, stride } = this;
    coverageRuns(lines, box, (row, from, to, level) => {
      if (level === 0) return;
      let index = ramp[level]!;
      if (index < 0) index = ramp[level] = this.indexOfRgb(mix(background, ink, level / COVERAGE_LEVELS));
      if (index < 0) return;
      const start = (box.y + row) * stride + 1 + box.x;
      // Most runs are a pixel or two of an edge; a loop beats fill()'s call for those.
      if (to - from > 8) rows.fill(index, start + from, start + to);
      else for (let at = start + from, end = start + to; at < end; at++) rows[at] = index;
    });
  }

  /** Palette indices of a background-to-ink blend by coverage level, filled in as levels appear. */
  private ramp(background: string, ink: string): Int16Array {
    const key = `${background}${ink}`;
    let ramp = this.ramps.get(key);
    if (!ramp) this.ramps.set(key, (ramp = new Int16Array(COVERAGE_LEVELS + 1).fill(-1)));
    return ramp;
  }

  /** The colour's index, added on first use; -1 (and overflowed) when the palette is full. */
  private indexOf(colour: string): number {
    return this.indexOfRgb(hexRgb(colour));
  }

  private indexOfRgb(rgb: Uint8Array): number {
    const word = rgbWord(rgb);
    const index = this.table.get(word);
    if (index >= 0) return index;
    if (this.table.full) {
      this.overflowed = true;
      return -1;
    }
    return this.table.add(word, rgb);
  }
}

/** "#rrggbb" `from` moved towards `to` by `share` (0 to 1), each channel rounded. */
function mix(from: string, to: string, share: number): Uint8Array {
  const [a, b] = [hexRgb(from), hexRgb(to)];
  return Uint8Array.from([0, 1, 2], (channel) => Math.round(a[channel]! + (b[channel]! - a[channel]!) * share));
}

function onPixels(box: Box): boolean {
  return [box.x, box.y, box.width, box.height].every(Number.isInteger);
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function contains(outer: Box, inner: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

function intersection(a: Box, b: Box): Box {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const width = Math.max(0, Math.min(a.x + a.width, b.x + b.width) - x);
  const height = Math.max(0, Math.min(a.y + a.height, b.y + b.height) - y);
  return { x, y, width, height };
}
