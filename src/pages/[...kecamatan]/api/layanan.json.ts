// /api/layanan.json (paths.apiLayanan): every service as open data; shape in src/schema/api.ts.
import type { APIRoute } from 'astro';
import { buildApiLayanan } from '../../../lib/api/open-data.ts';
import { everyKecamatan } from '../../../site-data.ts';
import type { Content } from '../../../schema/index.ts';

export const getStaticPaths = everyKecamatan;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(buildApiLayanan((props as { data: Content }).data), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
