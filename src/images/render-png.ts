// SVG → PNG with resvg compiled to WebAssembly (no native binary to install), for the app icons and for
// any share image render-drawing.ts cannot paint itself. The module is compiled once per process. The
// images' text arrives as outlines (glyph-outlines.ts), so resvg is given no fonts at all and never
// looks at the system's: every machine draws the same.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { MAX_IMAGE_BYTES } from '../lib/share-images.ts';
import { encodePng } from './png-file.ts';
import { reduceColours } from './reduce-colours.ts';

const require = createRequire(import.meta.url);
let ready: Promise<void> | undefined;

function initialise(): Promise<void> {
  ready ??= initWasm(readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
  return ready;
}

export interface RenderedPng {
  png: Uint8Array;
  width: number;
  height: number;
  /** True when the full-colour PNG was over budget and was re-encoded with a few colours instead. */
  reduced: boolean;
}

export interface RenderedPixels {
  /** RGBA, row-major. */
  pixels: Uint8Array;
  width: number;
  height: number;
}

/** Renders at the SVG's own size. Over `maxBytes`, the colours are reduced; the image is never shrunk. */
export async function renderPng(svg: string, maxBytes = MAX_IMAGE_BYTES): Promise<RenderedPng> {
  return render(svg, (image) => {
    const { width, height } = image;
    const pixels = image.pixels;
    const png = encodePng(pixels, width, height);
    if (png.length <= maxBytes) return { png, width, height, reduced: false };
    return { png: reduceColours(pixels, width, height), width, height, reduced: true };
  });
}

/** The raw pixels, for checking where ink lands. */
export async function renderPixels(svg: string): Promise<RenderedPixels> {
  return render(svg, ({ pixels, width, height }) => ({ pixels, width, height }));
}

async function render<T>(svg: string, use: (image: RenderedImage) => T): Promise<T> {
  await initialise();
  const resvg = new Resvg(svg, { font: { loadSystemFonts: false } });
  const image = resvg.render();
  try {
    return use(image);
  } finally {
    image.free();
    resvg.free();
  }
}

type RenderedImage = ReturnType<InstanceType<typeof Resvg>['render']>;
