// The share images need nothing from the site, so the threads draw them while Astro builds on the main
// thread, which left the other core idle for the site's whole time. In three steps:
// 1. Those in the render cache are looked up and written first, before the site: beside Astro, writing
//    them took its thread's turns and slowed a warm kabupaten build's site by a third.
// 2. The others are drawn once Astro starts, after the editor's bundle is made: that child process and
//    drawing threads together went over the memory budget (1.5 GB for a kabupaten).
// 3. Astro empties its folder when it starts, so they are written beside it and moved in afterwards.
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ImageFile } from '../images/generate.ts';
import type { KecamatanSite } from '../lib/content/load-wilayah.ts';
import { imagesOfEach, kecamatanOutDir, type RenderOptions } from './kecamatan-builds.ts';

export interface ImagesBesideSite {
  /** Settles when every image has been looked up in the cache (or the run failed). */
  cacheRead: Promise<unknown>;
  /** Lets the images not in the cache be drawn: call it as Astro starts. */
  draw(): void;
  /** Waits for every image and moves them into the build folder; the seconds run from draw(). */
  finish(): Promise<{ files: ImageFile[]; seconds: number }>;
  /** After a failure too: lets a waiting run end, waits for it and removes its folder. */
  cleanup(): Promise<void>;
}

export function imagesBesideSite(
  sites: readonly KecamatanSite[],
  outDir: string,
  onProgress: ((done: number, total: number, label: string) => void) | undefined,
  render: RenderOptions,
): ImagesBesideSite {
  const dir = `${outDir}-gambar`;
  let started = performance.now();
  let draw = () => {};
  const drawAfter = new Promise<void>((resolve) => (draw = resolve)).then(() => {
    started = performance.now();
  });
  let lookedUp = () => {};
  const looked = new Promise<void>((resolve) => (lookedUp = resolve));
  const run = imagesOfEach(sites, dir, onProgress, render, { drawAfter, onLookedUp: lookedUp }).then((files) => ({
    files,
    seconds: (performance.now() - started) / 1000,
  }));
  // Awaited after the site; a failure meanwhile must not count as unhandled and end the process first.
  run.catch(() => undefined);
  return {
    cacheRead: Promise.race([looked, run]),
    draw,
    async finish() {
      const made = await run;
      for (const site of sites) await moveInto(kecamatanOutDir(dir, site), kecamatanOutDir(outDir, site));
      return made;
    },
    async cleanup() {
      draw();
      await run.catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Moves every entry of `from` into `to` (the images' folders into the kecamatan's, which has none of them). */
async function moveInto(from: string, to: string): Promise<void> {
  const entries = await readdir(from).catch(() => []);
  if (entries.length > 0) await mkdir(to, { recursive: true });
  for (const entry of entries) await rename(join(from, entry), join(to, entry));
}
