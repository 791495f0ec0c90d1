// Which events are still to come. "Today" is the build date in Western Indonesia Time: the static site is
// rebuilt whenever content changes, so an event moves to the past list at the first build after its day.
// An event on the build date itself still counts as upcoming.
import type { Acara } from '../../schema/index.ts';
import { today } from '../../core/clock.ts';

export interface AcaraSchedule {
  /** Soonest first. */
  mendatang: Acara[];
  /** Most recent first. */
  lalu: Acara[];
}

export function splitByDate(acara: readonly Acara[], hariIni: string = today()): AcaraSchedule {
  const sorted = [...acara].sort((a, b) => a.tanggal.localeCompare(b.tanggal) || a.slug.localeCompare(b.slug));
  return {
    mendatang: sorted.filter((item) => item.tanggal >= hariIni),
    lalu: sorted.filter((item) => item.tanggal < hariIni).reverse(),
  };
}

/** Upcoming events that offer one service, for that service's page. */
export function upcomingAcaraFor(acara: readonly Acara[], slug: string, hariIni: string = today()): Acara[] {
  return splitByDate(acara, hariIni).mendatang.filter((item) => item.layanan.includes(slug));
}
