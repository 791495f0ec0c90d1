// /api/desa.json (paths.apiDesa): every village as open data; shape in src/schema/api.ts.
import type { APIRoute } from 'astro';
import { buildApiDesa } from '../../lib/api/open-data.ts';
import { loadSiteData } from '../../site-data.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildApiDesa(await loadSiteData()), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
