// The proof that `npm run rapikan` is lossless where residents look: the frozen sample, rewritten in the
// editor's form, builds to exactly the same site, posters, sheets, images and open data, byte for byte.
import { cp, readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { rapikanFolder } from '../../src/lib/content/rapikan-folder.ts';
import { SITE_CONTENT } from '../support/content-dir.ts';
import { runCli } from '../support/run-cli.ts';
import { tempDir } from '../support/temp-dir.ts';

const distDir = inject('distDir');
let rewrittenDist: string;

beforeAll(async () => {
  const root = await tempDir('rapikan-situs');
  const konten = join(root, 'konten');
  await cp(SITE_CONTENT, konten, { recursive: true });
  const result = await rapikanFolder(konten);
  expect(result.refused).toBeUndefined();
  rewrittenDist = join(root, 'dist');
  const { code, stdout } = await runCli('scripts/build.ts', ['--konten', konten, '--keluar', rewrittenDist]);
  expect(code, stdout).toBe(0);
}, 240_000);

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

describe('situs dari konten yang dirapikan', () => {
  it('builds the same files, each with the same bytes', async () => {
    const expected = await files(distDir);
    expect(await files(rewrittenDist)).toEqual(expected);
    expect(expected.filter((file) => file.endsWith('.html')).length).toBeGreaterThan(40);
    const differing: string[] = [];
    for (const file of expected) {
      // The editor page names the content folder's place in the repository, which differs here
      // (tests/fixtures/situs against a temporary folder) by design; its data is the same content.
      if (file === join('admin', 'index.html')) continue;
      const [a, b] = await Promise.all([readFile(join(distDir, file)), readFile(join(rewrittenDist, file))]);
      if (!a.equals(b)) differing.push(file);
    }
    expect(differing).toEqual([]);
  });
});
