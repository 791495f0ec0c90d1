// A real build of content that tries to smuggle markup in: every field and the markdown notes come out as
// text, with no script, no event handler and no script link anywhere in the built pages.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../../src/lib/urls.ts';
import { contentWith, removeDir } from '../support/content-dir.ts';
import { htmlFiles } from '../support/dist.ts';
import { unsafeMarkup } from '../support/html-safety.ts';
import { runCli } from '../support/run-cli.ts';

const HOSTILE = join(import.meta.dirname, '../fixtures/hostile/layanan/jebakan.md');
let dir: string;
let out: string;

beforeAll(async () => {
  dir = await contentWith({ 'layanan/jebakan.md': HOSTILE });
  out = join(dir, 'keluar');
  const { code, stdout } = await runCli('scripts/build.ts', ['--konten', dir, '--keluar', out, '--kertas', 'a4']);
  expect(code, stdout).toBe(0);
}, 120_000);
afterAll(() => removeDir(dir));

describe('membangun konten yang berisi jebakan HTML', () => {
  it('shows the hostile text as text on the service page', async () => {
    const html = await readFile(join(out, paths.layanan({ slug: 'jebakan' }), 'index.html'), 'utf8');
    const main = parse(html).querySelector('main')!;
    expect(main.innerHTML).toContain('&lt;script&gt;alert(&quot;kode&quot;)&lt;/script&gt;');
    expect(main.innerHTML).toContain('Usia &lt; 17 tahun');
    expect(main.querySelector('h1')?.text).toBe('Surat <script>alert("judul")</script> Jebakan');
    expect(
      parse(html).querySelectorAll('iframe, svg, img, b, script:not([src]):not([type="application/ld+json"])'),
    ).toEqual([]);
  });

  it('keeps the hostile title inside the structured data, which stays one JSON value', async () => {
    const html = await readFile(join(out, paths.layanan({ slug: 'jebakan' }), 'index.html'), 'utf8');
    const scripts = parse(html).querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.text).not.toContain('</script');
    const graph = JSON.parse(scripts[0]!.text)['@graph'];
    expect(graph[0].name).toBe('Surat <script>alert("judul")</script> Jebakan');
  });

  it('leaves no inline script, event handler or script URL in any built page', async () => {
    const found: string[] = [];
    for (const file of await htmlFiles(out)) {
      for (const item of unsafeMarkup(await readFile(join(out, file), 'utf8'))) found.push(`${file}: ${item}`);
    }
    expect(found).toEqual([]);
  });
});
