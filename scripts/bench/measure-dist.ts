// Measures a built dist/: how many pages, PDFs and images, their sizes, and what a resident's phone downloads
// on the first view of a service page (HTML plus the CSS and scripts it loads, gzip-compressed).
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

export interface DistFigures {
  pages: number;
  villagePosters: number;
  villagePosterBytes: number[];
  sheets: number;
  firstViewGzip: number[];
  ogImageBytes: number[];
  squareImageBytes: number[];
}

export async function measureDist(distDir: string, servicePaths: readonly string[]): Promise<DistFigures> {
  const files = await readdir(distDir, { recursive: true });
  const sizes = async (names: string[]) =>
    Promise.all(names.map(async (name) => (await stat(join(distDir, name))).size));
  const villagePosterFiles = files.filter((file) => /^poster\/desa-.*\.pdf$/.test(file));
  return {
    pages: files.filter((file) => file.endsWith('.html')).length,
    villagePosters: villagePosterFiles.length,
    villagePosterBytes: await sizes(villagePosterFiles),
    sheets: files.filter((file) => /^lembar\/.*\.pdf$/.test(file)).length,
    firstViewGzip: await Promise.all(servicePaths.map((path) => firstViewBytes(distDir, path))),
    ogImageBytes: await sizes(files.filter((file) => /^og\/.*\.png$/.test(file))),
    squareImageBytes: await sizes(files.filter((file) => /^sosmed\/.*\.png$/.test(file))),
  };
}

async function firstViewBytes(distDir: string, sitePath: string): Promise<number> {
  const html = await readFile(join(distDir, sitePath, 'index.html'));
  const assets = parse(html.toString())
    .querySelectorAll('script[src], link[rel=stylesheet]')
    .map((element) => element.getAttribute('src') ?? element.getAttribute('href') ?? '');
  let bytes = gzipSync(html, { level: 9 }).length;
  for (const asset of assets) bytes += gzipSync(await readFile(join(distDir, asset)), { level: 9 }).length;
  return bytes;
}
