// Writes every image for sharing into the build: a link preview per service and one for the other
// pages, and a square QR image per service and per village. What each shows comes from share-images.ts.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { allShareImages, type ShareImage } from '../lib/share-images.ts';
import { isPlaceholderSitus } from '../lib/urls.ts';
import type { Content } from '../schema/index.ts';
import { imageFonts } from './fonts.ts';
import { ogImageSvg } from './og-image.ts';
import { renderPng } from './render-png.ts';
import { squareImageSvg } from './square-image.ts';

export interface GenerateImagesOptions {
  content: Content;
  outDir: string;
  onProgress?: ((done: number, total: number, label: string) => void) | undefined;
}

export interface ImageFile {
  /** Path under outDir, e.g. "og/l/sktm.png". */
  path: string;
  kind: ShareImage['kind'];
  bytes: number;
  width: number;
  height: number;
  reduced: boolean;
}

export async function generateImages(options: GenerateImagesOptions): Promise<ImageFile[]> {
  const { content, outDir, onProgress } = options;
  const fonts = await imageFonts();
  const contoh = isPlaceholderSitus(content.kecamatan.situs);
  const images = allShareImages(content);
  const files: ImageFile[] = [];
  for (const image of images) {
    const svg = image.kind === 'og' ? ogImageSvg(image, fonts, { contoh }) : squareImageSvg(image, fonts, { contoh });
    const { png, width, height, reduced } = await renderPng(svg);
    const path = image.path.replace(/^\//, '');
    const file = join(outDir, path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, png);
    files.push({ path, kind: image.kind, bytes: png.length, width, height, reduced });
    onProgress?.(files.length, images.length, `gambar ${image.title}`);
  }
  return files;
}
