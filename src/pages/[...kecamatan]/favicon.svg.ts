// /favicon.svg: a white tick on a rounded square of the brand colour, written from THEME_COLOR so the
// colour is spelt in one place. The build draws the home-screen icons from this file (src/build/app-icons.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { THEME_COLOR } from '../../lib/theme.ts';
import { kecamatanParam, loadSiteSet } from '../../site-data.ts';

const FAVICON =
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${THEME_COLOR}"/>` +
  `<path d="M9 17l5 5 9-11" fill="none" stroke="#fff" stroke-width="4" stroke-linecap="round" stroke-linejoin="round"/></svg>\n`;

// Each kecamatan's icons are drawn from its own copy; a kabupaten's home at the root has one too.
export const getStaticPaths: GetStaticPaths = async () => {
  const { kabupaten, kecamatan } = await loadSiteSet();
  const bases = [...(kabupaten ? ['/'] : []), ...kecamatan.map(({ base }) => base)];
  return bases.map((base) => ({ params: { kecamatan: kecamatanParam(base) } }));
};

export const GET: APIRoute = () => new Response(FAVICON, { headers: { 'Content-Type': 'image/svg+xml' } });
