// Publishes a build atomically: everything is written to a fresh folder beside the target, and the
// target is replaced only when the whole build succeeded, so a failed build never leaves a half site.
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

export async function publishAtomically<T>(target: string, write: (folder: string) => Promise<T>): Promise<T> {
  const outDir = resolve(target);
  await mkdir(dirname(outDir), { recursive: true });
  const staging = await mkdtemp(join(dirname(outDir), `.${basename(outDir)}-baru-`));
  let result: T;
  try {
    result = await write(staging);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  const previous = `${staging}-lama`;
  await rename(outDir, previous).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(staging, outDir);
  await rm(previous, { recursive: true, force: true });
  return result;
}
