// One load per process: `astro dev`, its config and its pages share the same result.
import { ContentError } from '../problems.ts';
import { wilayahOfBuild } from './build-wilayah.ts';
import { contentDir } from './load-content.ts';
import { loadWilayah, type Wilayah } from './load-wilayah.ts';

const loads = new Map<string, Promise<Wilayah>>();

/**
 * Every kecamatan of the content root, in either layout (src/lib/content/load-wilayah.ts). The build
 * passes `--kecamatan` to Astro's process in PELITA_KECAMATAN, so the config and the pages see one.
 * Inside a build, what the build loaded itself (build-wilayah.ts).
 */
export function getWilayah(dir?: string, kecamatan?: string): Promise<Wilayah> {
  const handed = dir === undefined && kecamatan === undefined ? wilayahOfBuild() : undefined;
  if (handed) return Promise.resolve(handed);
  return loadOnce(dir ?? contentDir(), kecamatan ?? (process.env.PELITA_KECAMATAN || undefined));
}

function loadOnce(dir: string, kecamatan: string | undefined): Promise<Wilayah> {
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
