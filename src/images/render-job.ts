// One image as plain data: what it shows (its ShareImage and whether it carries the CONTOH strip) and
// where it goes. The drawing is laid out and rendered where the job runs, in this process or a worker
// thread, with the same result; since the job holds everything the PNG shows, it is also the cache key
// (with the drawing code's version, src/build/render-cache.ts), and a warm build lays out nothing.
import type { ShareImage } from '../lib/share-images.ts';
import { imageFonts } from './fonts.ts';
import { ogImageSvg } from './og-image.ts';
import { renderPng, type RenderedPng } from './render-png.ts';
import { squareImageSvg } from './square-image.ts';

export interface ImageJob {
  /** Path under the output folder, without a leading slash. */
  path: string;
  label: string;
  image: ShareImage;
  /** Whether the site's address is still a placeholder, so the image says CONTOH. */
  contoh: boolean;
}

export async function renderImageJob(job: ImageJob): Promise<RenderedPng> {
  return renderPng(await imageSvg(job));
}

/** The image's drawing as SVG. */
export async function imageSvg({ image, contoh }: Pick<ImageJob, 'image' | 'contoh'>): Promise<string> {
  const fonts = await imageFonts();
  return image.kind === 'og' ? ogImageSvg(image, fonts, { contoh }) : squareImageSvg(image, fonts, { contoh });
}
