// Renders SVG to PNG in plain WebAssembly (no native binary, so `npm ci` works everywhere).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

let ready: Promise<void> | undefined;

/** resvg's WebAssembly may be initialised only once per process; every caller shares that one start. */
function initOnce(): Promise<void> {
  ready ??= initWasm(readFile(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm'))).catch(
    (error: unknown) => {
      if (!String(error).includes('Already initialized')) throw error;
    },
  );
  return ready;
}

export async function svgToPng(svg: string, width: number): Promise<Uint8Array> {
  await initOnce();
  return new Resvg(svg, { fitTo: { mode: 'width', value: width } }).render().asPng();
}
