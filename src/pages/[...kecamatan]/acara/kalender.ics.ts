// /acara/kalender.ics (paths.acaraKalender): every event in one calendar feed to subscribe to.
import type { APIRoute } from 'astro';
import { toCalendarEvent } from '../../../lib/acara/calendar-event.ts';
import { writeIcs } from '../../../lib/calendar/ics.ts';
import { everyKecamatan } from '../../../site-data.ts';
import type { Content } from '../../../schema/index.ts';
import { now } from '../../../core/clock.ts';

export const getStaticPaths = everyKecamatan;

export const GET: APIRoute = ({ props }) => {
  const { kecamatan, layanan, acara } = (props as { data: Content }).data;
  const body = writeIcs({
    nama: `Bazar Pelayanan Kecamatan ${kecamatan.nama}`,
    acara: acara.map((item) => toCalendarEvent(item, kecamatan, layanan)),
    dibuat: now(),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
