// sitemap.xml: every page a search engine should know, listed by the same routes the site renders; in a
// kabupaten, its home and then every kecamatan's pages.
import type { APIRoute } from 'astro';
import { pagePaths } from '../lib/routes.ts';
import { loadSiteSet } from '../site-data.ts';
import { absoluteUrl } from '../lib/urls.ts';

export const GET: APIRoute = async () => {
  const { kabupaten, kecamatan } = await loadSiteSet();
  const urls = [
    ...(kabupaten ? [kabupaten.situs] : []),
    ...kecamatan.flatMap(({ data }) => pagePaths(data).map((path) => absoluteUrl(data.kecamatan.situs, path))),
  ];
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((url) => `  <url><loc>${url}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
