// The home-screen icons of the installable site, drawn at build time from the built /favicon.svg
// (src/pages/favicon.svg.ts) so there is one picture to change. The maskable icon keeps the mark inside
// the middle 80 %, the safe zone that Android may crop to a circle or a squircle.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { distFileOf, paths } from '../lib/urls.ts';
import { renderPng } from '../images/render-png.ts';
import { THEME_COLOR } from '../lib/theme.ts';

export async function writeAppIcons(outDir: string): Promise<string[]> {
  const favicon = await readFile(join(outDir, distFileOf(paths.favicon())), 'utf8');
  const icons = [
    { path: paths.appIcon(192), svg: favicon, size: 192 },
    { path: paths.appIcon(512), svg: favicon, size: 512 },
    { path: paths.appIcon(512, 'maskable'), svg: maskable(favicon), size: 512 },
  ];
  for (const icon of icons) await writeFile(join(outDir, icon.path), await drawn(sized(icon.svg, icon.size)));
  return icons.map((icon) => icon.path);
}

/** Icons already drawn in this process: a kabupaten's kecamatan mostly share one favicon. */
const drawings = new Map<string, Promise<Uint8Array>>();

function drawn(svg: string): Promise<Uint8Array> {
  let png = drawings.get(svg);
  if (!png) {
    png = renderPng(svg, Number.POSITIVE_INFINITY).then((image) => image.png);
    drawings.set(svg, png);
    png.catch(() => drawings.delete(svg));
  }
  return png;
}

/** The same drawing with its pixel size set, since the renderer draws an SVG at its own size. */
function sized(svg: string, size: number): string {
  return svg.replace(/<svg\b([^>]*)>/, (_, attributes: string) => {
    const rest = attributes.replace(/\s(width|height)="[^"]*"/g, '');
    return `<svg width="${size}" height="${size}"${rest}>`;
  });
}

/** The favicon shrunk into the safe zone of a full-bleed square in the theme colour. */
function maskable(svg: string): string {
  const viewBox = /viewBox="([^"]+)"/.exec(svg)?.[1] ?? '0 0 32 32';
  const [, , width = 32, height = 32] = viewBox.split(/\s+/).map(Number);
  const inner = svg.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  const shift = `translate(${width * 0.1} ${height * 0.1}) scale(0.8)`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}">` +
    `<rect width="${width}" height="${height}" fill="${THEME_COLOR}"/><g transform="${shift}">${inner}</g></svg>`
  );
}
