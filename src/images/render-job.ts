// One image as plain data: its SVG (everything the PNG shows) and where it goes. Rendered in this
// process or in a worker thread with the same result; the SVG is the whole cache key.
import type { ShareImage } from '../lib/share-images.ts';
import { renderPng, type RenderedPng } from './render-png.ts';

export interface ImageJob {
  /** Path under the output folder, without a leading slash. */
  path: string;
  kind: ShareImage['kind'];
  label: string;
  svg: string;
}

export function renderImageJob(job: ImageJob): Promise<RenderedPng> {
  return renderPng(job.svg);
}
