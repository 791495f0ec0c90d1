// The browser editor driven by a script: a content folder copied into the browser's private file system
// (OPFS) as a git working folder, and Sveltia's local-repository mode pointed at it by replacing the
// native folder picker, which Playwright cannot answer. Used by the screenshot script and, through
// tests/support/editor.ts, by the browser tests.
import { readdir, readFile } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import type { Page } from 'playwright-core';

/** The OPFS folder that stands for the repository. */
export const REPO = 'repo';

/** Every file of `contentDir`, keyed by its path inside the repository: `folder` then the relative path. */
export async function contentFilesAt(contentDir: string, folder: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(contentDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[posix.join(folder, relative(contentDir, path).split(sep).join(posix.sep))] = await readFile(path, 'utf8');
  }
  return files;
}

/** Seeds OPFS on the page's origin (call on any page of the site) and makes the picker return it. */
export async function seedRepository(page: Page, files: Record<string, string>): Promise<void> {
  await page.evaluate(
    async ({ files, name }) => {
      const root = await navigator.storage.getDirectory();
      const repo = await root.getDirectoryHandle(name, { create: true });
      await repo.getDirectoryHandle('.git', { create: true });
      for (const [path, text] of Object.entries(files)) {
        const parts = path.split('/');
        let dir = repo;
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
    },
    { files, name: REPO },
  );
  await page.addInitScript((name) => {
    (window as unknown as { showDirectoryPicker: () => Promise<unknown> }).showDirectoryPicker = async () =>
      (await navigator.storage.getDirectory()).getDirectoryHandle(name);
  }, REPO);
}
