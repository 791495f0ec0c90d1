// The editor's copy of Sveltia CMS (src/editor/sveltia-bundle.ts) for a build. Bundling it takes a few
// seconds and half a gigabyte, so it is kept in the render cache's folder under a key of everything it
// comes from, and when missing it is made in a process of its own while Astro builds the pages.
// Each kecamatan's _astro/ gets the bundle beside its editor page's script.
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { copyFile, link, mkdir, mkdtemp, readdir, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { SVELTIA_FOLDER } from '../editor/sveltia-location.ts';

const ROOT = new URL('../../', import.meta.url);
/** What the bundle's bytes follow from: the locked package versions and the code that bundles it. */
const SOURCES = ['package-lock.json', 'src/editor/sveltia-adapt.ts', 'src/editor/sveltia-bundle.ts'];

export interface SveltiaBundle {
  /** The folder holding the bundle, once made. */
  dir: Promise<string>;
  /** Removes what the build made for itself only (never the cached copy). */
  cleanup(): Promise<void>;
}

/** `cacheDir`: the render cache's folder, or undefined when the build keeps nothing (--cache off). */
export function startSveltiaBundle(cacheDir: string | undefined): SveltiaBundle {
  let scratch: string | undefined;
  const dir = (async () => {
    if (!cacheDir) {
      scratch = await mkdtemp(join(tmpdir(), 'pelita-sveltia-'));
      await runBundler(scratch);
      return scratch;
    }
    const folder = join(cacheDir, 'sveltia');
    const cached = join(folder, await bundleKey());
    if (await exists(cached)) return cached;
    const partial = `${cached}-${randomBytes(4).toString('hex')}`;
    await runBundler(partial);
    // Renamed into place whole, so a reader never sees half a bundle; older versions go.
    await rename(partial, cached).catch(async (error: NodeJS.ErrnoException) => {
      if (!(await exists(cached))) throw error;
      await rm(partial, { recursive: true, force: true });
    });
    for (const name of await readdir(folder)) {
      // Bundles of other versions; another build's bundle still being written ends in a suffix.
      if (/^[0-9a-f]{16}$/.test(name) && join(folder, name) !== cached) {
        await rm(join(folder, name), { recursive: true, force: true });
      }
    }
    return cached;
  })();
  dir.catch(() => undefined); // awaited by the build; no unhandled rejection while Astro runs
  return {
    dir,
    cleanup: async () => {
      await dir.catch(() => undefined);
      if (scratch) await rm(scratch, { recursive: true, force: true });
    },
  };
}

/**
 * Puts the bundle into each of `assetDirs` (folders _astro/): copied into the first, hard-linked from
 * there into the others (the same bytes, once on disk), copied where links are not possible.
 */
export async function placeSveltia(bundleDir: string, assetDirs: readonly string[]): Promise<void> {
  const files = (await readdir(bundleDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(bundleDir.length + 1));
  const [first, ...others] = assetDirs.map((dir) => join(dir, SVELTIA_FOLDER));
  if (!first) return;
  await putAll(files, bundleDir, first, copyFile);
  for (const other of others) {
    await putAll(files, first, other, (from, to) => link(from, to).catch(() => copyFile(from, to)));
  }
}

async function putAll(
  files: readonly string[],
  from: string,
  to: string,
  put: (from: string, to: string) => Promise<void>,
): Promise<void> {
  for (const folder of new Set(files.map((file) => dirname(join(to, file))))) await mkdir(folder, { recursive: true });
  await Promise.all(files.map((file) => put(join(from, file), join(to, file))));
}

async function bundleKey(): Promise<string> {
  const hash = createHash('sha256');
  for (const file of SOURCES)
    hash
      .update(file)
      .update('\0')
      .update(await readFile(new URL(file, ROOT)));
  return hash.digest('hex').slice(0, 16);
}

async function runBundler(outDir: string): Promise<void> {
  const child = fileURLToPath(new URL('./sveltia-child.ts', import.meta.url));
  try {
    await promisify(execFile)(process.execPath, [child, outDir], { cwd: fileURLToPath(ROOT), maxBuffer: 16 << 20 });
  } catch (error) {
    const { stderr } = error as { stderr?: string };
    throw new Error(`Sveltia CMS tidak dapat dibundel untuk editor:\n${stderr || String(error)}`);
  }
}

async function exists(path: string): Promise<boolean> {
  return readdir(path).then(
    () => true,
    () => false,
  );
}
