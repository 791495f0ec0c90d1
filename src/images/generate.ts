// Writes every image for sharing into the build: a link preview per service and one for the other
// pages, and a square QR image per service and per village. What each shows comes from share-images.ts.
// Each image is a job for this process or a worker pool, which lays it out and renders it; an image
// whose job was rendered before (same data, same drawing code) comes from the cache without any layout.
import { join } from 'node:path';
import { writeQueue } from '../drawing/write-queue.ts';
import { inlineRunner, renderCachedJobs, type JobRunner, type OutputCache } from '../drawing/cached-jobs.ts';
import { allShareImages, MAX_IMAGE_BYTES, type ShareImage } from '../lib/share-images.ts';
import { isPlaceholderSitus } from '../lib/urls.ts';
import type { Content } from '../schema/index.ts';
import type { RenderedPng } from './render-png.ts';
import { renderImageJob, type ImageJob } from './render-job.ts';

export interface GenerateImagesOptions {
  content: Content;
  outDir: string;
  onProgress?: ((done: number, total: number, label: string) => void) | undefined;
  /** Renders jobs elsewhere (src/build/worker-pool.ts); by default one after another in this process. */
  runner?: JobRunner<ImageJob, RenderedPng> | undefined;
  /** Images rendered by earlier builds, by their job (src/build/render-cache.ts). */
  cache?: OutputCache | undefined;
  /** Images not in the cache are drawn once this settles; those in it are written at once. */
  drawAfter?: Promise<unknown> | undefined;
  /** Called when every image has been looked up in the cache and those found are being written. */
  onLookedUp?: (() => void) | undefined;
}

export interface ImageFile {
  /** Path under outDir, e.g. "og/l/sktm.png". */
  path: string;
  kind: ShareImage['kind'];
  bytes: number;
  width: number;
  height: number;
  reduced: boolean;
  /** True when the image came from the cache instead of being drawn. */
  fromCache: boolean;
}

/** One kecamatan's content and the folder its images go to. */
export interface ImagesUnit {
  content: Content;
  outDir: string;
  /** Put before each progress label when there are several units (the kecamatan's name). */
  label?: string;
}

export async function generateImages(options: GenerateImagesOptions): Promise<ImageFile[]> {
  const { content, outDir, ...rest } = options;
  const [files] = await generateImagesOfEach({ ...rest, units: [{ content, outDir }] });
  return files!;
}

/** Every unit's images in one run over the pool, so no thread waits at the end of a kecamatan. Per unit. */
export async function generateImagesOfEach(
  options: Omit<GenerateImagesOptions, 'content' | 'outDir'> & { units: readonly ImagesUnit[] },
): Promise<ImageFile[][]> {
  const { units, onProgress } = options;
  const jobs: (ImageJob & { unit: number; index: number; outDir: string })[] = units.flatMap(
    ({ content, outDir, label }, unit) => {
      const contoh = isPlaceholderSitus(content.kecamatan.situs);
      const prefix = units.length > 1 && label ? `${label}: ` : '';
      return allShareImages(content).map((image, index) => ({
        path: image.path.replace(/^\//, ''),
        label: `${prefix}gambar ${image.title}`,
        image,
        contoh,
        unit,
        index,
        outDir,
      }));
    },
  );
  const files: ImageFile[][] = units.map(() => []);
  const output = writeQueue();
  let done = 0;
  await renderCachedJobs({
    // The pool gets only what the worker renders; where a job's file goes stays here.
    jobs: jobs.map(({ path, label, image, contoh }): ImageJob => ({ path, label, image, contoh })),
    namespace: 'png',
    inputsOf: ({ image, contoh }) => ({ image, contoh, maxBytes: MAX_IMAGE_BYTES }),
    run: options.runner ?? inlineRunner(renderImageJob),
    toEntry: ({ png, ...facts }) => ({ bytes: png, facts }),
    fromEntry: ({ bytes, facts }) => ({ png: bytes, ...(facts as Omit<RenderedPng, 'png'>) }),
    cache: options.cache,
    renderAfter: options.drawAfter,
    onLookedUp: options.onLookedUp,
    onDone: (at, { png, width, height, reduced }, fromCache) => {
      const job = jobs[at]!;
      const file = { path: job.path, kind: job.image.kind, bytes: png.length, width, height, reduced, fromCache };
      files[job.unit]![job.index] = file;
      output.add(join(job.outDir, job.path), png);
      onProgress?.(++done, jobs.length, job.label);
    },
  });
  await output.flush();
  return files;
}
