// The PNG encoder keeps every pixel: a few colours go into a palette, more than 256 or any transparency
// into truecolour, and the same pixels always give the same bytes.
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../src/images/png-file.ts';
import { decodePng } from '../support/decode-png.ts';
import { pngHeader } from '../support/png.ts';

/** Premultiplied RGBA, as resvg gives it, from a function of the pixel's position. */
function pixels(width: number, height: number, colour: (x: number, y: number) => number[]): Uint8Array {
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data.set(colour(x, y), (y * width + x) * 4);
  return data;
}

const WIDTH = 40;
const HEIGHT = 30;
const bands = pixels(WIDTH, HEIGHT, (x, y) =>
  y < 8 ? [0, 80, 122, 255] : x % 7 === 0 ? [x, x, x, 255] : [255, 255, 255, 255],
);
const gradient = pixels(WIDTH, HEIGHT, (x, y) => [x * 6, y * 8, (x * y) % 256, 255]);

describe('PNG encoder', () => {
  it('writes an image of few colours as an indexed PNG that decodes to the same pixels', () => {
    const png = encodePng(bands, WIDTH, HEIGHT);
    expect(pngHeader(png)).toMatchObject({ width: WIDTH, height: HEIGHT, colourType: 3, bitDepth: 8 });
    expect(decodePng(png).rgba).toEqual(bands);
  });

  it('writes an image of more than 256 colours in truecolour, losslessly', () => {
    const png = encodePng(gradient, WIDTH, HEIGHT);
    expect(pngHeader(png).colourType).toBe(2);
    expect(decodePng(png).rgba).toEqual(gradient);
  });

  it('keeps transparency, turning premultiplied pixels straight', () => {
    const icon = pixels(WIDTH, HEIGHT, (x) => (x < 4 ? [0, 0, 0, 0] : x < 8 ? [0, 40, 61, 128] : [0, 80, 122, 255]));
    const png = encodePng(icon, WIDTH, HEIGHT);
    expect(pngHeader(png).colourType).toBe(6);
    const { rgba } = decodePng(png);
    expect([...rgba.subarray(0, 4)]).toEqual([0, 0, 0, 0]);
    expect([...rgba.subarray(4 * 4, 4 * 4 + 4)]).toEqual([0, 80, 122, 128]);
    expect([...rgba.subarray(8 * 4, 8 * 4 + 4)]).toEqual([0, 80, 122, 255]);
  });

  it('gives the same bytes for the same pixels, also from an unaligned view', () => {
    const shifted = new Uint8Array(bands.length + 1);
    shifted.set(bands, 1);
    expect(encodePng(shifted.subarray(1), WIDTH, HEIGHT)).toEqual(encodePng(bands, WIDTH, HEIGHT));
  });
});
