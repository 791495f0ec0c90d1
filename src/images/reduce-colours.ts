// The fallback when a PNG is over its byte budget: map every pixel to the nearest of a few colours (the
// palette's black, white and blue, and evenly spaced blends between each pair, which keep anti-aliased
// edges smooth) and write an indexed PNG. Same size, same layout, far fewer bytes.
import { PALETTE } from './palette.ts';
import { pngFile } from './png-file.ts';

/** Blends between each pair of base colours, endpoints included. */
const STEPS = 8;

type Rgb = readonly [number, number, number];

export function reducedPalette(base: readonly string[] = PALETTE): Rgb[] {
  const colours = base.map(parseHex);
  const result = new Map<string, Rgb>();
  for (let i = 0; i < colours.length; i++) {
    for (let j = i; j < colours.length; j++) {
      for (let step = 0; step <= STEPS; step++) {
        const t = step / STEPS;
        const [a, b] = [colours[i]!, colours[j]!];
        const mixed: Rgb = [0, 1, 2].map((c) => Math.round(a[c]! + (b[c]! - a[c]!) * t)) as unknown as Rgb;
        result.set(mixed.join(), mixed);
      }
    }
  }
  return [...result.values()];
}

/** An indexed-colour PNG of RGBA `pixels` (transparent areas composited on white). */
export function reduceColours(
  pixels: Uint8Array,
  width: number,
  height: number,
  palette = reducedPalette(),
): Uint8Array {
  const nearest = new Map<number, number>();
  const rows = Buffer.alloc(height * (width + 1));
  for (let y = 0; y < height; y++) {
    rows[y * (width + 1)] = 0; // filter type None
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 4;
      const alpha = pixels[at + 3]! / 255;
      const rgb = [0, 1, 2].map((c) => Math.round(pixels[at + c]! * alpha + 255 * (1 - alpha)));
      const key = (rgb[0]! << 16) | (rgb[1]! << 8) | rgb[2]!;
      let index = nearest.get(key);
      if (index === undefined) nearest.set(key, (index = closest(palette, rgb)));
      rows[y * (width + 1) + 1 + x] = index;
    }
  }
  return pngFile(width, height, 3, rows, Buffer.from(palette.flat()), { level: 9 });
}

function closest(palette: readonly Rgb[], rgb: readonly number[]): number {
  let best = 0;
  let bestDistance = Infinity;
  palette.forEach((colour, index) => {
    const distance = colour.reduce((sum, value, c) => sum + (value - rgb[c]!) ** 2, 0);
    if (distance < bestDistance) [best, bestDistance] = [index, distance];
  });
  return best;
}

function parseHex(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}
