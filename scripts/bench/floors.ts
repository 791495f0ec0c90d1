// The floors the bench divides Pelita's times by, measured in the same run on the same machine: what
// the libraries cost doing the same amount of work with nothing of ours around it.
// - PDFs: pdf-lib writing the same QR codes (one merged path per code, as the posters draw them) on the
//   same number of pages and files, with no text and no fonts. Each distinct code is made beforehand,
//   path, operators and compressed stream, so the floor pays only for writing it into each page.
// - Site: Astro building the same number of bare pages (a title and a paragraph each).
// - Images: resvg rendering and encoding as many blank images of the same sizes.
// All three run in one thread; Pelita's build spreads PDFs and images over every core.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { deflateSync } from 'node:zlib';
import { drawObject, drawSvgPath, PDFDocument, rgb } from 'pdf-lib';
import { encodeQr } from '../../src/drawing/qr-code.ts';
import { qrPath } from '../../src/drawing/qr-path.ts';
import { renderPng } from '../../src/images/render-png.ts';

/** Seconds for pdf-lib to write `files` (each a list of pages, each a list of the URLs of its codes). */
export async function pdfFloor(files: readonly (readonly (readonly string[])[])[]): Promise<number> {
  const forms = new Map<string, Uint8Array>();
  for (const url of files.flat(2)) {
    if (forms.has(url)) continue;
    const operators = drawSvgPath(qrPath(encodeQr(url).matrix), {
      x: 0,
      y: 130,
      scale: 3,
      color: rgb(0, 0, 0),
      borderColor: undefined,
      borderWidth: 0,
    });
    forms.set(url, deflateSync(operators.join('\n')));
  }
  const started = performance.now();
  for (const pages of files) {
    const doc = await PDFDocument.create({ updateMetadata: false });
    for (const codes of pages) {
      const page = doc.addPage([595, 842]);
      codes.forEach((url, index) => {
        const x = 40 + (index % 4) * 130;
        const y = 670 - Math.floor(index / 4) * 130;
        const form = doc.context.stream(forms.get(url)!, {
          Type: 'XObject',
          Subtype: 'Form',
          BBox: [0, 0, 130, 130],
          Matrix: [1, 0, 0, 1, x, y],
          Filter: 'FlateDecode',
        });
        page.pushOperators(drawObject(page.node.newXObject('QR', doc.context.register(form))));
      });
    }
    await doc.save();
  }
  return (performance.now() - started) / 1000;
}

/** Seconds for resvg to render and encode blank images of the given sizes. */
export async function imageFloor(sizes: readonly { width: number; height: number }[]): Promise<number> {
  await renderPng(blank(1, 1)); // compile the WebAssembly outside the timing, as the build does once
  const started = performance.now();
  for (const { width, height } of sizes) await renderPng(blank(width, height));
  return (performance.now() - started) / 1000;
}

function blank(width: number, height: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="#fff"/></svg>`;
}

/** Seconds for `astro build` of a project with `count` bare pages, in its own process. */
export async function astroFloor(count: number, workDir: string): Promise<number> {
  const root = await mkdtemp(join(workDir, 'astro-floor-'));
  try {
    await mkdir(join(root, 'src/pages'), { recursive: true });
    await symlink(resolve('node_modules'), join(root, 'node_modules'), 'dir');
    await writeFile(join(root, 'astro.config.mjs'), 'export default {};\n');
    await writeFile(
      join(root, 'src/pages/[...halaman].astro'),
      [
        '---',
        `export function getStaticPaths() { return Array.from({ length: ${count} }, (_, i) => ({ params: { halaman: 'p/' + i } })); }`,
        'const { halaman } = Astro.params;',
        '---',
        '<html lang="id"><head><title>{halaman}</title></head><body><h1>{halaman}</h1><p>Halaman kosong.</p></body></html>',
        '',
      ].join('\n'),
    );
    const script = `import { build } from 'astro'; await build({ root: ${JSON.stringify(root)}, logLevel: 'error' });`;
    const started = performance.now();
    await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return (performance.now() - started) / 1000;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
