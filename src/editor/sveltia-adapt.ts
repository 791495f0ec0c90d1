// Adapts Sveltia CMS's code to this site, wherever it is bundled (the build's own bundle in
// sveltia-bundle.ts, Vite in `astro dev`):
// - Fonts: Sveltia registers its bundled fonts from its own files, but one of its stylesheets also
//   declares the same fonts at cdn.jsdelivr.net, and the browser then asks that CDN. The site makes no
//   third-party requests, so those declarations are removed and the bundled copies are the only source.
//   The build fails if a new Sveltia version still names the CDN.
// - Zoom: Sveltia's viewport tag says maximum-scale=1, which stops staff zooming in on a phone (axe
//   rule meta-viewport, WCAG 1.4.4); that part is dropped.

import type { Plugin } from 'vite';

const CDN_FONT_FACE = /@font-face\s*\{[^}]*https:\/\/cdn\.jsdelivr\.net\/fontsource\/[^}]*\}/g;
const CDN_FONTS = 'cdn.jsdelivr.net/fontsource';
const NO_ZOOM = '`maximum-scale=1`,';

/** Whether a module id is one of Sveltia's files. */
export const isSveltiaFile = (id: string) => /@sveltia[\\/]cms[\\/]/.test(id);

/** The module's code adapted, or undefined when it needs nothing; throws if the CDN fonts remain. */
export function adaptSveltia(code: string, id: string): string | undefined {
  if (!code.includes(CDN_FONTS) && !code.includes(NO_ZOOM)) return undefined;
  const adapted = code.replace(CDN_FONT_FACE, '').replaceAll(NO_ZOOM, '');
  if (adapted.includes(CDN_FONTS)) {
    throw new Error(`Sveltia CMS still names fonts on cdn.jsdelivr.net in ${id}; update src/editor/sveltia-adapt.ts`);
  }
  return adapted;
}

/** The Vite plugin that applies adaptSveltia to Sveltia's files, before any other transform. */
export function sveltiaAdaptPlugin(): Plugin {
  return {
    name: 'pelita-sveltia-adapt',
    enforce: 'pre',
    transform(code, id) {
      if (!isSveltiaFile(id)) return undefined;
      const adapted = adaptSveltia(code, id);
      return adapted === undefined ? undefined : { code: adapted, map: null };
    },
  };
}
