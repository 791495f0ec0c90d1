// /a/<slug>.ics (paths.acaraIcs): one event as an iCalendar file residents can add to their phone.
import type { APIRoute, GetStaticPaths } from 'astro';
import { toCalendarEvent } from '../../lib/acara/calendar-event.ts';
import { writeIcs } from '../../lib/calendar/ics.ts';
import { loadSiteData } from '../../site-data.ts';
import type { Acara } from '../../schema/index.ts';
import { now } from '../../core/clock.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const data = await loadSiteData();
  return data.acara.map((acara) => ({ params: { slug: acara.slug }, props: { acara } }));
};

export const GET: APIRoute = async ({ props }) => {
  const { kecamatan, layanan } = await loadSiteData();
  const acara = (props as { acara: Acara }).acara;
  const body = writeIcs({
    nama: acara.judul,
    acara: [toCalendarEvent(acara, kecamatan, layanan)],
    dibuat: now(),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
