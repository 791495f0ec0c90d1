// An event as a calendar entry: stable UID from the slug and the site's host, a description that lists
// agencies and services, and the event page's URL.
import type { Acara, Kecamatan, Layanan } from '../../schema/index.ts';
import type { CalendarEvent } from '../calendar/ics.ts';
import { absoluteUrl, paths } from '../urls.ts';

export function toCalendarEvent(acara: Acara, kecamatan: Kecamatan, layanan: readonly Layanan[]): CalendarEvent {
  const url = absoluteUrl(kecamatan.situs, paths.acara(acara));
  const offered = acara.layanan.map((slug) => layanan.find((item) => item.slug === slug)?.judul ?? slug);
  const deskripsi = [
    `Instansi: ${acara.instansi.join('; ')}`,
    ...(offered.length ? [`Layanan: ${offered.join('; ')}`] : []),
    `Persyaratan dan catatan: ${url}`,
  ].join('\n');
  return {
    uid: `${acara.slug}@${new URL(kecamatan.situs).host}`,
    judul: acara.judul,
    tanggal: acara.tanggal,
    mulai: acara.mulai,
    selesai: acara.selesai,
    lokasi: acara.lokasi,
    deskripsi,
    url,
  };
}
