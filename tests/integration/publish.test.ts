import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishAtomically } from '../../src/build/publish.ts';
import { tempDir } from '../support/temp-dir.ts';

describe('publishAtomically', () => {
  it('replaces the folder only when the whole build succeeded', async () => {
    const root = await tempDir('terbit');
    const target = join(root, 'dist');
    await mkdir(target);
    await writeFile(join(target, 'lama.html'), 'lama');

    await expect(
      publishAtomically(target, async (folder) => {
        await writeFile(join(folder, 'setengah.html'), 'setengah jadi');
        throw new Error('gagal di tengah jalan');
      }),
    ).rejects.toThrow('gagal di tengah jalan');
    expect(await readdir(target)).toEqual(['lama.html']);
    expect(await readdir(root)).toEqual(['dist']);

    const result = await publishAtomically(target, async (folder) => {
      await writeFile(join(folder, 'baru.html'), 'baru');
      return 42;
    });
    expect(result).toBe(42);
    expect(await readdir(target)).toEqual(['baru.html']);
    expect(await readFile(join(target, 'baru.html'), 'utf8')).toBe('baru');
    expect(await readdir(root)).toEqual(['dist']);
  });
});
