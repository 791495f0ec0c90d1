// Colours to palette indices for indexed PNGs: a pixel is looked up as one 32-bit word of its RGBA
// bytes, in open addressing over typed arrays (far cheaper than a Map per run of pixels). Words are only
// compared with each other, so the machine's byte order does not matter.

/** PNG's limit for an indexed image. */
const MAX_PALETTE = 256;

export class ColourTable {
  private readonly keys = new Int32Array(1024);
  private readonly values = new Int16Array(1024).fill(-1);
  /** RGB of each index, in the order colours were added. */
  readonly palette = new Uint8Array(MAX_PALETTE * 3);
  size = 0;

  /** The colour's index, or -1 if it has none yet. */
  get(word: number): number {
    return this.values[this.slot(word)]!;
  }

  /** Gives the colour of `word` (whose bytes `rgb` are its red, green and blue) the next index. */
  add(word: number, rgb: ArrayLike<number>): number {
    const slot = this.slot(word);
    this.keys[slot] = word;
    this.values[slot] = this.size;
    this.palette.set([rgb[0]!, rgb[1]!, rgb[2]!], this.size * 3);
    return this.size++;
  }

  get full(): boolean {
    return this.size === MAX_PALETTE;
  }

  /** The palette's used part, as PNG's PLTE chunk wants it. */
  used(): Uint8Array {
    return this.palette.subarray(0, this.size * 3);
  }

  /** The colour's slot, or the empty one where it would go. */
  private slot(word: number): number {
    let slot = Math.imul(word, 0x9e3779b1) >>> 22;
    while (this.values[slot] !== -1 && this.keys[slot] !== word) slot = (slot + 1) & 1023;
    return slot;
  }
}

const bytes = new Uint8Array(4);
const word = new Int32Array(bytes.buffer);

/** The red, green and blue bytes of colour "#rrggbb". */
export function hexRgb(hex: string): Uint8Array {
  return Uint8Array.of(
    Number.parseInt(hex.slice(1, 3), 16),
    Number.parseInt(hex.slice(3, 5), 16),
    Number.parseInt(hex.slice(5, 7), 16),
  );
}

/** The word an opaque pixel of these red, green and blue bytes reads as. */
export function rgbWord(rgb: ArrayLike<number>): number {
  bytes[0] = rgb[0]!;
  bytes[1] = rgb[1]!;
  bytes[2] = rgb[2]!;
  bytes[3] = 255;
  return word[0]!;
}
