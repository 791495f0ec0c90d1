// One load per process: the Astro build, its config and the poster generator share the same result.
import type { Content } from '../../schema/index.ts';
import { ContentError } from '../problems.ts';
import { contentDir, loadContentOrThrow } from './load-content.ts';
import { loadWilayah, type Wilayah } from './load-wilayah.ts';

const loads = new Map<string, Promise<Content>>();
const wilayahLoads = new Map<string, Promise<Wilayah>>();

export function getContent(dir: string = contentDir()): Promise<Content> {
  let load = loads.get(dir);
  if (!load) {
    load = loadContentOrThrow(dir);
    loads.set(dir, load);
  }
  return load;
}

/**
 * Every kecamatan of the content root, in either layout (src/lib/content/load-wilayah.ts). The build
 * passes `--kecamatan` to Astro's process in PELITA_KECAMATAN, so the config and the pages see one.
 */
export function getWilayah(
  dir: string = contentDir(),
  kecamatan: string | undefined = process.env.PELITA_KECAMATAN || undefined,
): Promise<Wilayah> {
  const key = `${dir}\0${kecamatan ?? ''}`;
  let load = wilayahLoads.get(key);
  if (!load) {
    load = loadWilayah(dir, { kecamatan }).then(({ wilayah, problems }) => {
      if (!wilayah) throw new ContentError(problems);
      return wilayah;
    });
    wilayahLoads.set(key, load);
  }
  return load;
}
