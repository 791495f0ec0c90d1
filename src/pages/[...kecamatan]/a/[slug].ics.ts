// /a/<slug>.ics (paths.acaraIcs): one event as an iCalendar file residents can add to their phone.
import type { APIRoute, GetStaticPaths } from 'astro';
import { toCalendarEvent } from '../../../lib/acara/calendar-event.ts';
import { writeIcs } from '../../../lib/calendar/ics.ts';
import { loadSiteSet, kecamatanParam } from '../../../site-data.ts';
import type { Acara, Content } from '../../../schema/index.ts';
import { now } from '../../../core/clock.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { kecamatan } = await loadSiteSet();
  return kecamatan.flatMap(({ base, data }) =>
    data.acara.map((acara) => ({
      params: { kecamatan: kecamatanParam(base), slug: acara.slug },
      props: { acara, data },
    })),
  );
};

export const GET: APIRoute = async ({ props }) => {
  const { acara, data } = props as { acara: Acara; data: Content };
  const { kecamatan, layanan } = data;
  const body = writeIcs({
    nama: acara.judul,
    acara: [toCalendarEvent(acara, kecamatan, layanan)],
    dibuat: now(),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
