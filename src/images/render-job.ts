// One image as plain data: what it shows (its ShareImage and whether it carries the CONTOH strip) and
// where it goes. The drawing is laid out and rendered where the job runs, in this process or a worker
// thread, with the same result; since the job holds everything the PNG shows, it is also the cache key
// (with the drawing code's version, src/build/render-cache.ts), and a warm build lays out nothing.
import type { ShareImage } from '../lib/share-images.ts';
import { imageFonts } from './fonts.ts';
import { drawingSvg, type ImageDrawing } from './drawing.ts';
import { ogImage } from './og-image.ts';
import { renderDrawing } from './render-drawing.ts';
import type { RenderedPng } from './render-png.ts';
import { squareImage } from './square-image.ts';

export interface ImageJob {
  /** Path under the output folder, without a leading slash. */
  path: string;
  label: string;
  image: ShareImage;
  /** Whether the site's address is still a placeholder, so the image says CONTOH. */
  contoh: boolean;
}

export async function renderImageJob(job: ImageJob): Promise<RenderedPng> {
  return renderDrawing(await imageDrawing(job));
}

/** What the image shows, laid out. */
export async function imageDrawing({ image, contoh }: Pick<ImageJob, 'image' | 'contoh'>): Promise<ImageDrawing> {
  const fonts = await imageFonts();
  return image.kind === 'og' ? ogImage(image, fonts, { contoh }) : squareImage(image, fonts, { contoh });
}

/** The image's drawing as one SVG document: what resvg renders when the image is drawn whole. */
export async function imageSvg(job: Pick<ImageJob, 'image' | 'contoh'>): Promise<string> {
  return drawingSvg(await imageDrawing(job));
}
