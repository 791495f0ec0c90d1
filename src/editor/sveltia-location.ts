// Where the build puts its own bundle of Sveltia CMS (sveltia-bundle.ts): a folder inside Astro's assets
// folder (_astro/), beside the editor page's script, which imports the entry file by a relative URL.
export const SVELTIA_FOLDER = 'sveltia';
export const SVELTIA_ENTRY = 'sveltia-cms.js';
