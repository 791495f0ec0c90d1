// The web app manifest: lets residents add the site to the home screen as the "app" they asked for, with
// no app store. Name and addresses come from content/kecamatan.yaml.
import { formatKabupatenName } from '../../lib/kabupaten-name.ts';
import type { APIRoute } from 'astro';
import { everyKecamatan } from '../../site-data.ts';
import type { Content } from '../../schema/index.ts';
import { THEME_COLOR } from '../../lib/theme.ts';
import { paths, siteHref } from '../../lib/urls.ts';

export const getStaticPaths = everyKecamatan;

export const GET: APIRoute = ({ props }) => {
  const { kecamatan } = (props as { data: Content }).data;
  const href = (path: string) => siteHref(kecamatan.situs, path);
  const manifest = {
    name: `Layanan Kecamatan ${kecamatan.nama}`,
    short_name: `Kec. ${kecamatan.nama}`,
    description: `Dokumen yang harus dibawa untuk layanan Kecamatan ${kecamatan.nama}, ${formatKabupatenName(kecamatan)}.`,
    lang: 'id',
    dir: 'ltr',
    start_url: href(paths.home()),
    scope: href(paths.home()),
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: THEME_COLOR,
    icons: [
      { src: href(paths.appIcon(192)), sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: href(paths.appIcon(512)), sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: href(paths.appIcon(512, 'maskable')), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
