// Writing PNG files with Node's zlib (resvg-wasm's own encoder compresses inside WebAssembly and took
// two thirds of an image's time). The images are flat colours and anti-aliased edges between them: a
// rendered image has a few dozen distinct colours, so it is written as an indexed PNG (one byte a pixel,
// a third of the data to compress) that keeps every pixel exactly. Only a drawing with more than 256
// colours, or with transparency (the app icons), is written in truecolour. Native zlib, matching only
// runs of one byte (Z_RLE): half the time of level 3 for files some 8 % larger, and a row of the images
// is mostly runs. Deterministic: the same pixels give the same bytes.
import { constants, crc32, deflateSync, type ZlibOptions } from 'node:zlib';
import { ColourTable } from './colour-table.ts';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** How the images are compressed: fast, since a province makes tens of thousands of them. */
export const FAST_DEFLATE: ZlibOptions = { level: 3, strategy: constants.Z_RLE };

/** A PNG of premultiplied RGBA `pixels` (resvg's), losslessly: indexed when it can be, else truecolour. */
export function encodePng(pixels: Uint8Array, width: number, height: number): Uint8Array {
  // The word view below needs 4-byte alignment; resvg's pixels are a fresh array, so this never copies.
  if (pixels.byteOffset % 4 !== 0) pixels = pixels.slice();
  const indexed = indexedRows(pixels, width, height);
  if (indexed) return pngFile(width, height, 3, indexed.rows, indexed.palette, FAST_DEFLATE);
  const opaque = isOpaque(pixels);
  return pngFile(width, height, opaque ? 2 : 6, truecolourRows(pixels, width, height, opaque), undefined, FAST_DEFLATE);
}

/**
 * Each row as indices into a palette of the image's colours in the order they first appear (filter
 * "None": on indices it compresses best), or undefined when the image is not opaque or has too many.
 */
function indexedRows(
  pixels: Uint8Array,
  width: number,
  height: number,
): { rows: Uint8Array; palette: Uint8Array } | undefined {
  // Whole pixels as 32-bit words, compared only with each other, so byte order does not matter. Int32
  // rather than Uint32: V8 keeps these as small integers, not doubles.
  const words = new Int32Array(pixels.buffer, pixels.byteOffset, width * height);
  const table = new ColourTable();
  const stride = width + 1;
  const rows = new Uint8Array(height * stride); // filter bytes stay 0, and so does every index-0 pixel
  const bytes = Buffer.from(pixels.buffer, pixels.byteOffset, pixels.byteLength);
  const rowBytes = width * 4;
  for (let y = 0; y < height; y++) {
    const end = (y + 1) * width;
    let out = y * stride + 1;
    // A row like the one above (flat areas, the QR code's rows of modules) is copied, compared natively.
    if (y > 0 && bytes.compare(bytes, (y - 1) * rowBytes, y * rowBytes, y * rowBytes, end * 4) === 0) {
      rows.copyWithin(out, out - stride, out - 1);
      continue;
    }
    // Run by run: most of a row is one colour, so it is looked up once and filled.
    for (let at = y * width; at < end;) {
      const word = words[at]!;
      let index = table.get(word);
      if (index < 0) {
        if (pixels[at * 4 + 3] !== 255 || table.full) return undefined;
        index = table.add(word, pixels.subarray(at * 4, at * 4 + 3));
      }
      let next = at + 1;
      while (next < end && words[next] === word) next++;
      if (index !== 0) rows.fill(index, out, out + next - at);
      out += next - at;
      at = next;
    }
  }
  return { rows, palette: table.used() };
}

/** RGB (opaque) or straight RGBA rows, each stored as its difference from the row above (filter "Up"). */
function truecolourRows(pixels: Uint8Array, width: number, height: number, opaque: boolean): Uint8Array {
  const channels = opaque ? 3 : 4;
  const stride = width * channels + 1;
  const rows = new Uint8Array(height * stride);
  for (let y = 0, at = 0; y < height; y++) {
    let out = y * stride + 1;
    for (let x = 0; x < width; x++, at += 4) {
      const alpha = pixels[at + 3]!;
      if (opaque) {
        rows[out++] = pixels[at]!;
        rows[out++] = pixels[at + 1]!;
        rows[out++] = pixels[at + 2]!;
        continue;
      }
      // resvg's pixels are premultiplied by alpha; PNG stores them straight.
      for (let c = 0; c < 3; c++) rows[out++] = alpha ? Math.round((pixels[at + c]! * 255) / alpha) : 0;
      rows[out++] = alpha;
    }
  }
  // From the last row to the second, so each row still subtracts the unfiltered row above.
  for (let y = height - 1; y >= 0; y--) {
    const start = y * stride;
    rows[start] = 2;
    if (y === 0) break;
    for (let i = 1; i < stride; i++) rows[start + i] = (rows[start + i]! - rows[start - stride + i]!) & 255;
  }
  return rows;
}

/** A PNG of already filtered `rows` (bit depth 8, no interlace), with an optional palette. */
export function pngFile(
  width: number,
  height: number,
  colourType: 2 | 3 | 6,
  rows: Uint8Array,
  palette?: Uint8Array,
  deflate: ZlibOptions = { level: 6 },
): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, colourType, 0, 0, 0], 8);
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    ...(palette ? [chunk('PLTE', palette)] : []),
    chunk('IDAT', deflateSync(rows, deflate)),
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
