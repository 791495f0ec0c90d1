// Whether a service has its own code on the village posters, and if not, why. Every village poster shows
// the same selection (src/lib/poster-services.ts), so a service is on all of them or on none.
import type { Layanan } from '../../schema/index.ts';
import { MAX_POSTER_SERVICES, selectPosterServices } from '../poster-services.ts';

export type PosterPresence =
  | { on: true; villages: number }
  /** `poster: false`: staff left it off; `tidak-muat`: wanted, but beyond MAX_POSTER_SERVICES. */
  | { on: false; reason: 'poster-false' | 'tidak-muat' };

/** Each service's slug → its place on the village posters, for a site with `villages` villages. */
export function posterPresence(
  layanan: readonly Pick<Layanan, 'slug' | 'poster'>[],
  villages: number,
): Map<string, PosterPresence> {
  const { shown, overflow } = selectPosterServices(layanan);
  const presence = new Map<string, PosterPresence>();
  for (const item of layanan) presence.set(item.slug, { on: false, reason: 'poster-false' });
  for (const item of overflow) presence.set(item.slug, { on: false, reason: 'tidak-muat' });
  for (const item of shown) presence.set(item.slug, { on: true, villages });
  return presence;
}

/** What the staff page says about a service's place on the posters, in Bahasa Indonesia. */
export function posterPresenceText(presence: PosterPresence): string {
  if (presence.on) return `di ${presence.villages} poster desa`;
  return presence.reason === 'poster-false'
    ? 'tidak di poster: ditandai «poster: false»'
    : `tidak di poster: tidak muat (paling banyak ${MAX_POSTER_SERVICES} layanan per poster)`;
}
