// The Vite plugin of astro.config.mjs for Sveltia CMS, which the editor page's script imports.
// - `astro build`: Sveltia is not bundled there. Its import becomes a relative URL to the bundle that
//   sveltia-bundle.ts makes apart and the build places beside the page's script in _astro/.
// - `astro dev`: Vite bundles it as any dependency, adapted as the build's copy is (sveltia-adapt.ts).
import type { Plugin } from 'vite';
import { sveltiaAdaptPlugin } from './sveltia-adapt.ts';
import { SVELTIA_ENTRY, SVELTIA_FOLDER } from './sveltia-location.ts';

const PACKAGE = '@sveltia/cms';

export function sveltiaForPelita(): Plugin[] {
  return [
    {
      name: 'pelita-sveltia-external',
      apply: 'build',
      enforce: 'pre',
      resolveId(id) {
        // Astro's scripts live in _astro/ itself, so the bundle's folder is a sibling of each of them.
        if (id === PACKAGE) return { id: `./${SVELTIA_FOLDER}/${SVELTIA_ENTRY}`, external: true };
        return undefined;
      },
    },
    { ...sveltiaAdaptPlugin(), apply: 'serve' },
  ];
}
