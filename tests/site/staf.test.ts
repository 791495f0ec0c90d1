// The staff page (/staf/) in the built sample: there for staff, invisible to residents and search engines
// (noindex, not in the sitemap, not stored offline, linked from no public page), and telling the truth
// about each fixture service (all checked on 20 November 2026, all waiting for confirmation, none overdue
// on 1 December 2026, one kept off the posters, nothing printed for release yet).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { formatTanggal } from '../../src/core/dates.ts';
import { loadContentOrThrow } from '../../src/lib/content/load-content.ts';
import { absoluteUrl, distFileOf, isStaffPath, paths, siteHref } from '../../src/lib/urls.ts';
import type { Content } from '../../src/schema/index.ts';
import { SITE_CONTENT } from '../support/content-dir.ts';
import { htmlFiles, pageExists, readPage } from '../support/dist.ts';

const distDir = inject('distDir');
let content: Content;
let main: HTMLElement;
beforeAll(async () => {
  content = await loadContentOrThrow(SITE_CONTENT);
  main = (await readPage(distDir, paths.staf())).querySelector('main')!;
});

const text = (element: HTMLElement | null | undefined) => element?.text.replace(/\s+/g, ' ').trim() ?? '';

describe('halaman petugas: tersembunyi dari warga', () => {
  it('is built, and tells search engines not to index it', async () => {
    expect(pageExists(distDir, paths.staf())).toBe(true);
    const page = await readPage(distDir, paths.staf());
    expect(page.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex');
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('id');
  });

  it('is not in sitemap.xml', async () => {
    const sitemap = await readFile(join(distDir, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('<loc>');
    expect(sitemap).not.toContain(absoluteUrl(content.kecamatan.situs, paths.staf()));
  });

  it('is not stored on phones by the service worker', async () => {
    const sw = await readFile(join(distDir, distFileOf(paths.serviceWorker())), 'utf8');
    const precache = Object.keys(JSON.parse(/^const PRECACHE = (.*);$/m.exec(sw)![1]!) as Record<string, string>);
    expect(precache).toContain(paths.home());
    expect(precache.filter(isStaffPath)).toEqual([]);
  });

  it('is linked from no public page', async () => {
    const staf = siteHref(content.kecamatan.situs, paths.staf());
    const publicPages = (await htmlFiles(distDir)).filter((file) => !isStaffPath(`/${file}`));
    expect(publicPages.length).toBeGreaterThan(content.layanan.length);
    const linking: string[] = [];
    for (const file of publicPages) {
      const page = await readPage(distDir, `/${file}`);
      for (const element of page.querySelectorAll('[href], [src], [action]')) {
        const target = element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('action');
        if (target?.startsWith(staf) || target?.includes(absoluteUrl(content.kecamatan.situs, paths.staf())))
          linking.push(`${file}: ${target}`);
      }
    }
    expect(linking).toEqual([]);
  });
});

describe('halaman petugas: isi untuk setiap layanan contoh', () => {
  const row = (slug: string) => main.querySelector(`tr[data-layanan="${slug}"]`);

  it('lists every service once, in one table with a caption and headers for columns and rows', () => {
    const table = main.querySelector('table')!;
    expect(text(table.querySelector('caption'))).not.toBe('');
    expect(table.querySelectorAll('thead th').every((th) => th.getAttribute('scope') === 'col')).toBe(true);
    const rows = table.querySelectorAll('tbody tr');
    expect(rows.map((tr) => tr.getAttribute('data-layanan')).sort()).toEqual(
      content.layanan.map((layanan) => layanan.slug).sort(),
    );
    expect(rows.every((tr) => tr.querySelector('th')?.getAttribute('scope') === 'row')).toBe(true);
  });

  it('shows each service’s last check, that it waits for confirmation, and that none is overdue on 1 December 2026', () => {
    for (const layanan of content.layanan) {
      expect(layanan.perlu_konfirmasi, layanan.slug).toBe(true);
      const tr = row(layanan.slug)!;
      expect(tr.querySelector('time')?.getAttribute('datetime')).toBe(layanan.diperbarui);
      expect(text(tr.querySelector('time'))).toBe(formatTanggal(layanan.diperbarui));
      expect(text(tr.querySelector('[data-perhatian]')), layanan.slug).toBe('Perlu konfirmasi');
    }
    expect(text(main.querySelector('[data-ringkasan]'))).toContain(
      `0 dari ${content.layanan.length} layanan lewat masa tinjauan`,
    );
    expect(text(main.querySelector('[data-ringkasan]'))).toContain(
      `${content.layanan.length} layanan masih perlu konfirmasi`,
    );
    expect(text(main)).toContain('1 Desember 2026');
  });

  it('says which services are on the 20 village posters, and that APBDes is kept off them', () => {
    expect(content.desa).toHaveLength(20);
    for (const layanan of content.layanan) {
      const cell = row(layanan.slug)!.querySelector('[data-poster]')!;
      if (layanan.slug === 'apbdes') {
        expect(text(cell)).toBe('tidak di poster: ditandai «poster: false»');
        expect(cell.querySelector('a')).toBeNull();
      } else {
        expect(text(cell.querySelector('a')), layanan.slug).toBe('di 20 poster desa');
        expect(cell.querySelector('a')?.getAttribute('href')).toBe(
          siteHref(content.kecamatan.situs, paths.posterIndex()),
        );
      }
    }
  });

  it('links each service to its public page and to its file in the editor', () => {
    for (const layanan of content.layanan) {
      const hrefs = row(layanan.slug)!
        .querySelectorAll('a')
        .map((a) => a.getAttribute('href'));
      expect(hrefs).toContain(siteHref(content.kecamatan.situs, paths.layanan(layanan)));
      expect(hrefs).toContain(`/admin/#/collections/layanan/entries/${layanan.slug}`);
    }
  });

  it('says plainly that nothing has been printed for release yet', () => {
    expect(text(main.querySelector('[data-cetak-ulang]'))).toMatch(
      /^Belum ada cetakan rilis yang tercatat, jadi semua poster adalah cetakan pertama\. Berkas «dicetak\.json» belum ada/,
    );
  });
});
