// Gives each kecamatan of a kabupaten its own copy of the site's scripts (_astro/), and points its pages
// at that copy. Its service worker may keep only what lies under its own path (its scope), so with the
// shared copy at the host's root a phone offline would show the pages without their checklists and
// search. It also makes each kecamatan's folder complete in itself, as a build of one kecamatan
// (--kecamatan) publishes it. A lone kecamatan's site is its own root and needs none of this.
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { siteHref } from '../lib/urls.ts';
import { mapFiles } from './map-files.ts';

/** Astro's folder of built scripts and other assets, under the site's base path. */
export const ASSETS = '_astro';

export async function giveOwnAssets(outDir: string, rootSitus: string, kecamatanSitus: string, kecamatanDir: string) {
  const shared = siteHref(rootSitus, `/${ASSETS}/`);
  const own = siteHref(kecamatanSitus, `/${ASSETS}/`);
  if (shared === own) return;
  await cp(join(outDir, ASSETS), join(kecamatanDir, ASSETS), { recursive: true });
  const pages = (await readdir(kecamatanDir, { recursive: true })).filter((file) => file.endsWith('.html'));
  await mapFiles(pages, async (page) => {
    const file = join(kecamatanDir, page);
    const html = await readFile(file, 'utf8');
    // Only attribute values name the folder: src="/_astro/…" and href="/_astro/…".
    const moved = html.replaceAll(`="${shared}`, `="${own}`);
    if (moved !== html) await writeFile(file, moved);
  });
}
