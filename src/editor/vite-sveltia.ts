// A Vite plugin that adapts Sveltia CMS's bundle to this site, at build time:
// - Fonts: Sveltia registers its bundled fonts from its own files, but one of its stylesheets also
//   declares the same fonts at cdn.jsdelivr.net, and the browser then asks that CDN. The site makes no
//   third-party requests, so those declarations are removed and the bundled copies are the only source.
//   The build fails if a new Sveltia version still names the CDN.
// - Zoom: Sveltia's viewport tag says maximum-scale=1, which stops staff zooming in on a phone (axe
//   rule meta-viewport, WCAG 1.4.4); that part is dropped.
import type { Plugin } from 'vite';

const CDN_FONT_FACE = /@font-face\s*\{[^}]*https:\/\/cdn\.jsdelivr\.net\/fontsource\/[^}]*\}/g;
const NO_ZOOM = '`maximum-scale=1`,';

export function sveltiaForPelita(): Plugin {
  return {
    name: 'pelita-sveltia',
    enforce: 'pre',
    transform(code, id) {
      if (!/@sveltia[\\/]cms[\\/]/.test(id)) return undefined;
      if (!code.includes('cdn.jsdelivr.net/fontsource') && !code.includes(NO_ZOOM)) return undefined;
      const adapted = code.replace(CDN_FONT_FACE, '').replaceAll(NO_ZOOM, '');
      if (adapted.includes('cdn.jsdelivr.net/fontsource')) {
        this.error(`Sveltia CMS still names fonts on cdn.jsdelivr.net in ${id}; update src/editor/vite-sveltia.ts`);
      }
      return { code: adapted, map: null };
    },
  };
}
