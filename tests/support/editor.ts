// The browser editor in a test: a content folder copied into the browser's private file system (OPFS)
// as a git working folder, and Sveltia's local-repository mode pointed at it by replacing the native
// folder picker, which Playwright cannot answer.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import type { Page } from 'playwright-core';

const REPO = 'repo';

/** Every file of `contentDir`, keyed by its path inside the repository (relative to `root`). */
export async function repositoryFiles(contentDir: string, root = process.cwd()): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(contentDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(root, path).split('\\').join('/')] = await readFile(path, 'utf8');
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

/** A file of the seeded repository as the editor left it; undefined when it does not exist. */
export async function readRepositoryFile(page: Page, path: string): Promise<string | undefined> {
  return page.evaluate(
    async ({ path, name }) => {
      try {
        let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(name);
        const parts = path.split('/');
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
        return await (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).text();
      } catch {
        return undefined;
      }
    },
    { path, name: REPO },
  );
}

/** Copies every file of the seeded repository under `folder` into `dir` on disk, as the editor left them. */
export async function exportRepository(page: Page, folder: string, dir: string): Promise<void> {
  const files = await page.evaluate(
    async ({ folder, name }) => {
      let start = await (await navigator.storage.getDirectory()).getDirectoryHandle(name);
      for (const part of folder.split('/')) start = await start.getDirectoryHandle(part);
      const found: Record<string, string> = {};
      const walk = async (handle: FileSystemDirectoryHandle, prefix: string) => {
        for await (const [key, child] of handle as unknown as AsyncIterable<[string, FileSystemHandle]>) {
          if (child.kind === 'directory') await walk(child as FileSystemDirectoryHandle, `${prefix}${key}/`);
          else found[`${prefix}${key}`] = await (await (child as FileSystemFileHandle).getFile()).text();
        }
      };
      await walk(start, '');
      return found;
    },
    { folder, name: REPO },
  );
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
}
