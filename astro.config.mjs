// Astro builds a static site whose address comes from the content: `situs` of content/kecamatan.yaml, or
// of content/kabupaten.yaml for a kabupaten, whose kecamatan live under it. So the URLs in pages, Open
// Graph tags and QR codes all agree.
import { defineConfig } from 'astro/config';
import { wilayahOfBuild } from './src/lib/content/build-wilayah.ts';
import { contentSecurityPolicy } from './src/lib/security-headers.ts';
import { sveltiaForPelita } from './src/editor/vite-sveltia.ts';

// `npm run build` hands over the content it has loaded; `astro dev` loads it here.
const { kabupaten, kecamatan } = wilayahOfBuild() ?? (await (await import('./src/lib/content/cached.ts')).getWilayah());
const situs = new URL(kabupaten?.situs ?? kecamatan[0].content.kecamatan.situs);

export default defineConfig({
  site: situs.origin,
  base: situs.pathname,
  trailingSlash: 'always',
  outDir: process.env.PELITA_OUT ?? 'dist',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  // Astro writes a Content-Security-Policy meta tag into every page, with a hash of each inline
  // stylesheet and script, so neither needs 'unsafe-inline'. See src/lib/security-headers.ts.
  security: { csp: contentSecurityPolicy },
  devToolbar: { enabled: false },
  // Markdown is rendered by src/lib/markdown.ts; Astro's highlighter is never used (and would want
  // inline styles the policy forbids).
  markdown: { syntaxHighlight: false },
  vite: {
    // Scripts stay in their own files (never inlined) so a strict Content-Security-Policy can forbid
    // inline script.
    // No module-preload helper either: kiosk mode's lazily imported script needs none, and the helper
    // would add a kilobyte to every page.
    build: { assetsInlineLimit: 0, modulePreload: false },
    // The browser editor (/admin/): its bundled fonts only, never a CDN; zooming allowed.
    plugins: [sveltiaForPelita()],
  },
});
