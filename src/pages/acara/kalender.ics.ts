// /acara/kalender.ics (paths.acaraKalender): every event in one calendar feed to subscribe to.
import type { APIRoute } from 'astro';
import { toCalendarEvent } from '../../lib/acara/calendar-event.ts';
import { writeIcs } from '../../lib/calendar/ics.ts';
import { loadSiteData } from '../../site-data.ts';
import { now } from '../../core/clock.ts';

export const GET: APIRoute = async () => {
  const { kecamatan, layanan, acara } = await loadSiteData();
  const body = writeIcs({
    nama: `Bazar Pelayanan Kecamatan ${kecamatan.nama}`,
    acara: acara.map((item) => toCalendarEvent(item, kecamatan, layanan)),
    dibuat: now(),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
