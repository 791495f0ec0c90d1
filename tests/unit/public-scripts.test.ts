// The offline precache keeps only scripts a public page can load: the editor's chunks, reached only
// from /admin/, stay off residents' phones.
import { describe, expect, it } from 'vitest';
import { scriptsReachableFrom } from '../../src/build/public-scripts.ts';

describe('skrip yang disimpan di HP', () => {
  const scripts = [
    { file: '_astro/Base.abc.js', text: 'import("./kiosk.def.js")' },
    { file: '_astro/kiosk.def.js', text: 'export const kiosk = 1;' },
    { file: '_astro/index.astro_astro_type_script.xyz.js', text: 'import "./sveltia.123.js"' },
    { file: '_astro/sveltia.123.js', text: 'import("./lazy-grammar.456.js"); import "./Base.abc.js";' },
    { file: '_astro/lazy-grammar.456.js', text: '' },
  ];

  it('follows the scripts public pages name and the chunks those import, static or lazy', () => {
    const pages = [{ file: 'index.html', text: '<script type="module" src="/_astro/Base.abc.js"></script>' }];
    expect([...scriptsReachableFrom(pages, scripts)].sort()).toEqual(['_astro/Base.abc.js', '_astro/kiosk.def.js']);
  });

  it('reaches nothing of the editor when only public pages are given', () => {
    const pages = [{ file: 'l/sktm/index.html', text: '<p>no script</p>' }];
    expect(scriptsReachableFrom(pages, scripts).size).toBe(0);
  });
});
