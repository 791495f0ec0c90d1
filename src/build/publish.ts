// Publishes a build atomically: everything is written to a fresh folder beside the target, and the
// target is replaced only when the whole build succeeded, so a failed build never leaves a half site.
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

export async function publishAtomically(target: string, write: (folder: string) => Promise<void>): Promise<void> {
  const outDir = resolve(target);
  const staging = await mkdtemp(join(dirname(outDir), `.${basename(outDir)}-baru-`));
  try {
    await write(staging);
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
}
