// The editor at /admin/ in the built site: present, kept out of search engines, the sitemap, every
// public page and the offline precache; its code loads on /admin/ only.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { scriptsReachableFrom, type BuiltText } from '../../src/build/public-scripts.ts';
import { distFileOf, isStaffPath, paths } from '../../src/lib/urls.ts';
import { htmlFiles, readPage } from '../support/dist.ts';

const distDir = inject('distDir');
let publicPages: BuiltText[];
let scripts: BuiltText[];
let editorOnly: string[];
beforeAll(async () => {
  const read = async (file: string) => ({ file, text: await readFile(join(distDir, file), 'utf8') });
  const html = await htmlFiles(distDir);
  publicPages = await Promise.all(html.filter((file) => !isStaffPath(`/${file}`)).map(read));
  const files = (await readdir(distDir, { recursive: true })).map((file) => file.split('\\').join('/'));
  scripts = await Promise.all(files.filter((file) => file.endsWith('.js')).map(read));
  const admin = await read(distFileOf(paths.admin()).slice(1));
  const forPublic = scriptsReachableFrom(publicPages, scripts);
  editorOnly = [...scriptsReachableFrom([admin], scripts)].filter((file) => !forPublic.has(file));
});

describe('editor /admin/', () => {
  it('is built, in Indonesian, and tells search engines not to index it', async () => {
    const page = await readPage(distDir, paths.admin());
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('id');
    expect(page.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex, nofollow');
    expect(page.querySelector('#pelita-editor')?.getAttribute('data-editor')).toContain('"load_config_file":false');
  });

  it('is not in the sitemap and no public page links to it', async () => {
    expect(await readFile(join(distDir, 'sitemap.xml'), 'utf8')).not.toContain(paths.admin());
    const linking = publicPages.filter(({ text }) => /href="[^"]*\/admin\//.test(text)).map(({ file }) => file);
    expect(linking).toEqual([]);
  });

  it('loads its code on /admin/ only: no public page names an editor chunk', () => {
    expect(editorOnly.length).toBeGreaterThan(10);
    const names = editorOnly.map((file) => file.slice(file.lastIndexOf('/') + 1));
    const mentioning = publicPages.filter(({ text }) => names.some((name) => text.includes(name)));
    expect(mentioning.map(({ file }) => file)).toEqual([]);
  });

  it('stays out of the offline precache, page and chunks alike', async () => {
    const sw = await readFile(join(distDir, distFileOf(paths.serviceWorker())), 'utf8');
    const precache = Object.keys(JSON.parse(/^const PRECACHE = (.*);$/m.exec(sw)![1]!) as Record<string, string>);
    expect(precache.filter((path) => isStaffPath(path))).toEqual([]);
    expect(precache.filter((path) => editorOnly.includes(path.slice(1)))).toEqual([]);
  });

  it('reports the size of the editor bundle a staff member downloads when opening /admin/', async () => {
    const page = await readPage(distDir, paths.admin());
    const entry = page.querySelectorAll('script[src]').map((script) => script.getAttribute('src')!.slice(1));
    // What loads at start: the entry script and the chunks it imports statically (lazy ones come later).
    const bytes = entry.map((file) => scripts.find((script) => script.file === file)!.text);
    const gzip = bytes.reduce((total, text) => total + gzipSync(text).length, 0);
    const all = editorOnly.reduce(
      (total, file) => total + gzipSync(scripts.find((script) => script.file === file)!.text).length,
      0,
    );
    console.log(
      `editor: entry ${Math.round(gzip / 1024)} KB gzip; all ${editorOnly.length} chunks ${Math.round(all / 1024)} KB gzip`,
    );
    expect(gzip).toBeGreaterThan(0);
  });
});
