// The content a build has loaded and checked, handed to the Astro build it runs in the same process.
// astro.config.mjs and the bundled pages each get their own instance of every module, so without this
// each would load and validate the whole content again; with it the pages show exactly what the
// posters and images of the same build are drawn from. Imports nothing, so that astro.config.mjs can
// read it without making Vite transform the content loader.
import type { Wilayah } from './load-wilayah.ts';

const SLOT = Symbol.for('pelita.build-wilayah');
const slot = globalThis as { [SLOT]?: Wilayah };

/** Hands `wilayah` to whatever runs until the returned function is called. */
export function handWilayah(wilayah: Wilayah): () => void {
  slot[SLOT] = wilayah;
  return () => {
    delete slot[SLOT];
  };
}

/** The content of the build running in this process, if any. */
export function wilayahOfBuild(): Wilayah | undefined {
  return slot[SLOT];
}
