// Which services get a code of their own on the wall poster. A poster is read standing in a balai desa,
// so it stays a few pages long: staff can leave a service off with `poster: false` (it stays on the site,
// one scan of the village code away), and beyond MAX_POSTER_SERVICES the rest are left to that code too.
// Pure and in src/lib so that the poster generator and the staff page (/staf/) ask the same question.
import type { Layanan } from '../schema/index.ts';

/** Three A4 pages of service codes: about what a village notice board holds. */
export const MAX_POSTER_SERVICES = 24;

export interface PosterServices<T> {
  /** Services with their own code, in content order. */
  shown: T[];
  /** Services staff marked for the poster that did not fit; the build warns about them. */
  overflow: T[];
}

export function selectPosterServices<T extends Pick<Layanan, 'poster'>>(layanan: readonly T[]): PosterServices<T> {
  const wanted = layanan.filter((item) => item.poster);
  return { shown: wanted.slice(0, MAX_POSTER_SERVICES), overflow: wanted.slice(MAX_POSTER_SERVICES) };
}
