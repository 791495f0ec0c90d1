// Writing PNG files with Node's zlib. resvg-wasm's own encoder compresses inside WebAssembly and took
// two thirds of an image's time. Here each row is stored as its difference from the row above (PNG
// filter "Up": these images are bands and flat areas, so most of it becomes zeros) and compressed by
// native zlib at level 3, which on these images is about three times faster than level 6 for a few
// kilobytes more, still smaller than resvg's files. Deterministic: the same pixels give the same bytes.
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A truecolour PNG of premultiplied RGBA `pixels`: RGB when every pixel is opaque (as every image here is), else RGBA. */
export function encodePng(pixels: Uint8Array, width: number, height: number): Uint8Array {
  const opaque = isOpaque(pixels);
  const channels = opaque ? 3 : 4;
  const stride = width * channels + 1;
  const rows = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    let out = y * stride + 1;
    let at = y * width * 4;
    if (!opaque) {
      // resvg's pixels are premultiplied by alpha; PNG stores them straight.
      for (let x = 0; x < width; x++, at += 4) {
        const alpha = pixels[at + 3]!;
        for (let c = 0; c < 3; c++) rows[out++] = alpha ? Math.round((pixels[at + c]! * 255) / alpha) : 0;
        rows[out++] = alpha;
      }
      continue;
    }
    for (let x = 0; x < width; x++, at += 4) {
      rows[out++] = pixels[at]!;
      rows[out++] = pixels[at + 1]!;
      rows[out++] = pixels[at + 2]!;
    }
  }
  // Filter "Up" from the last row to the second, so each row still subtracts the unfiltered row above.
  for (let y = height - 1; y >= 0; y--) {
    const start = y * stride;
    rows[start] = 2;
    if (y === 0) break;
    for (let i = 1; i < stride; i++) rows[start + i] = (rows[start + i]! - rows[start - stride + i]!) & 255;
  }
  return pngFile(width, height, opaque ? 2 : 6, rows, undefined, 3);
}

/** A PNG of already filtered `rows` (bit depth 8, no interlace), with an optional palette. */
export function pngFile(
  width: number,
  height: number,
  colourType: 2 | 3 | 6,
  rows: Uint8Array,
  palette?: Uint8Array,
  level = 6,
): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, colourType, 0, 0, 0], 8);
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    ...(palette ? [chunk('PLTE', palette)] : []),
    chunk('IDAT', deflateSync(rows, { level })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function isOpaque(pixels: Uint8Array): boolean {
  for (let at = 3; at < pixels.length; at += 4) if (pixels[at] !== 255) return false;
  return true;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
