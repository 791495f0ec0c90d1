// /api/desa.json (paths.apiDesa): every village as open data; shape in src/schema/api.ts.
import type { APIRoute } from 'astro';
import { buildApiDesa } from '../../../lib/api/open-data.ts';
import { everyKecamatan } from '../../../site-data.ts';
import type { Content } from '../../../schema/index.ts';

export const getStaticPaths = everyKecamatan;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(buildApiDesa((props as { data: Content }).data), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
