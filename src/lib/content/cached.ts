// One load per process: the Astro build, its config and its collections share the same result.
import { ContentError } from '../problems.ts';
import { contentDir } from './load-content.ts';
import { loadWilayah, type Wilayah } from './load-wilayah.ts';

const loads = new Map<string, Promise<Wilayah>>();

/**
 * Every kecamatan of the content root, in either layout (src/lib/content/load-wilayah.ts). The build
 * passes `--kecamatan` to Astro's process in PELITA_KECAMATAN, so the config and the pages see one.
 */
export function getWilayah(
  dir: string = contentDir(),
  kecamatan: string | undefined = process.env.PELITA_KECAMATAN || undefined,
): Promise<Wilayah> {
  const key = `${dir}\0${kecamatan ?? ''}`;
  let load = loads.get(key);
  if (!load) {
    load = loadWilayah(dir, { kecamatan }).then(({ wilayah, problems }) => {
      if (!wilayah) throw new ContentError(problems);
      return wilayah;
    });
    loads.set(key, load);
  }
  return load;
}
