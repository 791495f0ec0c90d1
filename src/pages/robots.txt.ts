// robots.txt: everything may be indexed, and the sitemap says where it all is.
import type { APIRoute } from 'astro';
import { loadSiteData } from '../site-data.ts';
import { absoluteUrl } from '../lib/urls.ts';

export const GET: APIRoute = async () => {
  const { kecamatan } = await loadSiteData();
  return new Response(`User-agent: *\nAllow: /\nSitemap: ${absoluteUrl(kecamatan.situs, '/sitemap.xml')}\n`);
};
