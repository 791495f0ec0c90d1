// The browser editor in a test: a content folder copied into the browser's private file system (OPFS)
// as a git working folder, and Sveltia's local-repository mode pointed at it by replacing the native
// folder picker, which Playwright cannot answer. Tests also read the files back.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, posix, relative, sep } from 'node:path';
import type { Page } from 'playwright-core';
import { contentFilesAt, REPO } from '../../src/local/editor-repository.ts';

// Seeding lives in src/local/, shared with the screenshot script (scripts may not import tests/).
export { seedRepository } from '../../src/local/editor-repository.ts';

/** Every file of `contentDir`, keyed by its path inside the repository (relative to `root`). */
export function repositoryFiles(contentDir: string, root = process.cwd()): Promise<Record<string, string>> {
  return contentFilesAt(contentDir, relative(root, contentDir).split(sep).join(posix.sep));
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
