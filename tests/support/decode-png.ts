// Decoding the PNGs the build writes back into RGBA pixels, to check that encoding lost nothing: bit
// depth 8, no interlace, colour types 2 (RGB), 3 (palette) and 6 (RGBA), every filter type.
import { inflateSync } from 'node:zlib';
import { pngHeader } from './png.ts';

export interface DecodedPng {
  width: number;
  height: number;
  /** Straight (not premultiplied) RGBA, row-major. */
  rgba: Uint8Array;
}

export function decodePng(bytes: Uint8Array): DecodedPng {
  const { width, height, bitDepth, colourType } = pngHeader(bytes);
  if (bitDepth !== 8) throw new Error(`bit depth ${bitDepth} is not supported`);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const data: Buffer[] = [];
  let palette: Uint8Array = new Uint8Array(0);
  for (let at = 8; at < buffer.length;) {
    const length = buffer.readUInt32BE(at);
    const type = buffer.toString('ascii', at + 4, at + 8);
    const body = buffer.subarray(at + 8, at + 8 + length);
    if (type === 'IDAT') data.push(body);
    if (type === 'PLTE') palette = body;
    at += 12 + length;
  }
  const channels = colourType === 2 ? 3 : colourType === 6 ? 4 : 1;
  const stride = width * channels;
  const raw = inflateSync(Buffer.concat(data));
  const rows = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const left = i >= channels ? rows[y * stride + i - channels]! : 0;
      const up = y > 0 ? rows[(y - 1) * stride + i]! : 0;
      const upLeft = y > 0 && i >= channels ? rows[(y - 1) * stride + i - channels]! : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter]!;
      rows[y * stride + i] = (line[i]! + predictor) & 255;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const [source, from] = channels === 1 ? [palette, rows[i]! * 3] : [rows, i * channels];
    for (let c = 0; c < 3; c++) rgba[i * 4 + c] = source[from + c]!;
    rgba[i * 4 + 3] = channels === 4 ? rows[i * 4 + 3]! : 255;
  }
  return { width, height, rgba };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}
