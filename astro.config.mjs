// Astro builds a static site whose address comes from content/kecamatan.yaml (`situs`), so the URLs in
// pages, Open Graph tags and QR codes all agree.
import { defineConfig } from 'astro/config';
import { getContent } from './src/lib/content/cached.ts';

const { kecamatan } = await getContent();
const situs = new URL(kecamatan.situs);

export default defineConfig({
  site: situs.origin,
  base: situs.pathname,
  trailingSlash: 'always',
  outDir: process.env.PELITA_OUT ?? 'dist',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  devToolbar: { enabled: false },
  vite: {
    // Scripts stay in their own files (never inlined) so a strict Content-Security-Policy can forbid
    // inline script.
    // No module-preload helper either: kiosk mode's lazily imported script needs none, and the helper
    // would add a kilobyte to every page.
    build: { assetsInlineLimit: 0, modulePreload: false },
  },
});
