// robots.txt: everything may be indexed, and the sitemap says where it all is.
import type { APIRoute } from 'astro';
import { loadSiteSet } from '../site-data.ts';
import { absoluteUrl } from '../lib/urls.ts';

export const GET: APIRoute = async () => {
  const { kabupaten, kecamatan } = await loadSiteSet();
  // At the root of the host: a kabupaten's site, or the one kecamatan's.
  const situs = kabupaten?.situs ?? kecamatan[0]!.data.kecamatan.situs;
  return new Response(`User-agent: *\nAllow: /\nSitemap: ${absoluteUrl(situs, '/sitemap.xml')}\n`);
};
