// A Vite plugin for the editor bundle: Sveltia CMS registers its bundled fonts from its own files, but
// one of its stylesheets also declares the same fonts at cdn.jsdelivr.net, and the browser then asks
// that CDN. The site makes no third-party requests, so those declarations are removed at build time and
// the bundled copies are the only source. The build fails if a new Sveltia version still names the CDN.
import type { Plugin } from 'vite';

const CDN_FONT_FACE = /@font-face\s*\{[^}]*https:\/\/cdn\.jsdelivr\.net\/fontsource\/[^}]*\}/g;

export function sveltiaLocalFonts(): Plugin {
  return {
    name: 'pelita-sveltia-local-fonts',
    enforce: 'pre',
    transform(code, id) {
      if (!/@sveltia[\\/]cms[\\/]/.test(id) || !code.includes('cdn.jsdelivr.net/fontsource')) return undefined;
      const local = code.replace(CDN_FONT_FACE, '');
      if (local.includes('cdn.jsdelivr.net/fontsource')) {
        this.error(`Sveltia CMS still names fonts on cdn.jsdelivr.net in ${id}; update src/editor/vite-local-fonts.ts`);
      }
      return { code: local, map: null };
    },
  };
}
