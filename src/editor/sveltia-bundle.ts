// Build time: Sveltia CMS bundled for the browser on its own, apart from the site's Astro build. Sveltia
// is most of the site's code (about 300 files, 17 MB: its grammars, wasm and icon font), and bundling it
// inside `astro build` cost that build most of its time and memory on every run. Bundled apart, it can
// run beside Astro in another process and be kept between builds (src/build/sveltia-files.ts); the
// editor page's own script imports it by a relative URL (vite-sveltia.ts).
import { access, readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { build } from 'vite';
import { sveltiaAdaptPlugin } from './sveltia-adapt.ts';
import { SVELTIA_ENTRY } from './sveltia-location.ts';

/** Writes the bundle into `outDir` (emptied first): SVELTIA_ENTRY, chunks/ and assets/. */
export async function bundleSveltia(outDir: string): Promise<void> {
  const entry = new URL('../../node_modules/@sveltia/cms/npm/index.js', import.meta.url).pathname;
  await build({
    configFile: false,
    root: new URL('../../', import.meta.url).pathname,
    logLevel: 'error',
    publicDir: false,
    // Relative URLs (assets/, chunks/) from each file: the bundle is served under every kecamatan's path.
    base: './',
    plugins: [sveltiaAdaptPlugin()],
    build: {
      outDir,
      emptyOutDir: true,
      // As the site's own scripts: files only, nothing inlined (the editor's CSP), no preload helper.
      assetsInlineLimit: 0,
      modulePreload: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 4096,
      rolldownOptions: {
        input: { [SVELTIA_ENTRY.replace(/\.js$/, '')]: entry },
        // Keep every export of the package: the page's script imports CMS from this file.
        preserveEntrySignatures: 'strict',
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          // Sveltia's own names, which carry a hash already (and its image worker names its wasm so).
          assetFileNames: 'assets/[name][extname]',
        },
      },
    },
  });
  await checkFileUrls(outDir);
}

/** A file the code finds by `new URL('…', import.meta.url)`: missing, the editor would load without it. */
const FILE_URL = /new URL\(`((?!https?:)[^`$]+)`,import\.meta\.url\)/g;

async function checkFileUrls(outDir: string): Promise<void> {
  const scripts = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.js'));
  for (const script of scripts) {
    const code = await readFile(join(outDir, script), 'utf8');
    for (const [, url] of code.matchAll(FILE_URL)) {
      const target = join(dirname(join(outDir, script)), url!);
      await access(target).catch(() => {
        throw new Error(`Sveltia CMS bundle: ${script} names ${url}, which is not in the bundle`);
      });
    }
  }
}
