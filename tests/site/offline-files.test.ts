// What the built service worker keeps on a phone: the shell, every service and village page, the
// offline page and the scripts they load; never the PDFs or large images. Each with its content hash.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadContentOrThrow } from '../../src/lib/content/load-content.ts';
import { distFileOf, paths } from '../../src/lib/urls.ts';
import type { Content } from '../../src/schema/index.ts';
import { readPage } from '../support/dist.ts';
import { SITE_CONTENT } from '../support/content-dir.ts';

const distDir = inject('distDir');
let content: Content;
let precache: Record<string, string>;
beforeAll(async () => {
  content = await loadContentOrThrow(SITE_CONTENT);
  const sw = await readFile(join(distDir, distFileOf(paths.serviceWorker())), 'utf8');
  precache = JSON.parse(/^const PRECACHE = (.*);$/m.exec(sw)![1]!) as Record<string, string>;
});

describe('service worker', () => {
  it('stores the home, offline and kiosk pages and every service and village page', () => {
    const pages = [
      paths.home(),
      paths.offline(),
      paths.kiosk(),
      ...content.layanan.map(paths.layanan),
      ...content.desa.map(paths.desa),
    ];
    expect(pages.filter((path) => !(path in precache))).toEqual([]);
  });

  it('stores every script a stored page loads, the manifest and the icons', async () => {
    const scripts = new Set<string>();
    for (const path of [paths.home(), paths.layanan(content.layanan[0]!)]) {
      for (const script of (await readPage(distDir, path)).querySelectorAll('script[src]'))
        scripts.add(script.getAttribute('src')!);
    }
    for (const file of [...scripts, paths.manifest(), paths.appIcon(192), paths.appIcon(512, 'maskable')])
      expect(precache, file).toHaveProperty([file]);
  });

  it('leaves out PDFs, other images and the 404 page', () => {
    expect(
      Object.keys(precache).filter((path) => /\.pdf$|404|\.(png|jpe?g)$/.test(path) && !/ikon-/.test(path)),
    ).toEqual([]);
  });

  it('records a hash of each stored file as built, so a changed page is fetched again', async () => {
    for (const [path, revision] of Object.entries(precache)) {
      const body = await readFile(join(distDir, distFileOf(path)));
      expect(createHash('sha256').update(body).digest('hex').slice(0, 16), path).toBe(revision);
    }
  });
});
