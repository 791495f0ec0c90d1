// Reads and writes content/dicetak.json, the registry of printed URLs. A missing file means nothing has
// been printed for release yet. The checks on what it records live in src/lib/printed/.
import { rename, writeFile } from 'node:fs/promises';
import { dicetakSchema, type Cetakan, type Dicetak } from '../../schema/index.ts';
import type { RegistryFile } from '../printed/check-printed.ts';
import { ContentError, type Problem } from '../problems.ts';
import { contentFiles, contentPath } from './content-files.ts';
import { readContentFile } from './read-content-file.ts';

export function registryPath(contentDir: string): string {
  return contentPath(contentDir, 'dicetak');
}

export async function loadRegistry(path: string, file: string): Promise<RegistryFile & { problems: Problem[] }> {
  const read = await readContentFile(path, file, { ...contentFiles.dicetak, schema: dicetakSchema });
  if (!read.data || read.text === undefined) {
    return { file, registry: { cetakan: [] }, lineOfPath: () => undefined, problems: read.problems };
  }
  const lines = read.text.split('\n');
  return {
    file,
    registry: read.data,
    // Printed paths are JSON strings; the first line that quotes one is where staff look for it.
    lineOfPath: (sitePath) => {
      const index = lines.findIndex((line) => line.includes(`"${sitePath}"`));
      return index < 0 ? undefined : index + 1;
    },
    problems: read.problems,
  };
}

/** Adds one print run, keeping every earlier one; written through a temporary file so it is never half-written. */
export async function recordPrintRun(path: string, run: Cetakan): Promise<Dicetak> {
  const { registry, problems } = await loadRegistry(path, path);
  // The content check refuses a broken registry before any poster is drawn; this guards direct callers.
  if (problems.length > 0) throw new ContentError(problems);
  const next = { cetakan: [...registry.cetakan, run] };
  const temporary = `${path}.baru`;
  await writeFile(temporary, `${JSON.stringify(next, null, 2)}\n`);
  await rename(temporary, path);
  return next;
}
