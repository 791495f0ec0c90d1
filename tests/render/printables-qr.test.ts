// Every QR code that leaves the press must open the page it names: render each page as a printer
// would, scan it as a phone would, and compare with URLs built from the site address.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { selectPosterServices } from '../../posters/poster-services.ts';
import { encodeQr } from '../../src/drawing/qr-code.ts';
import { absoluteUrl, paths, printableUrl } from '../../src/lib/urls.ts';
import type { Content } from '../../src/schema/index.ts';
import { decodeQrCodes, linkTargets, renderPdf } from '../support/pdf-tools.ts';
import { fixtureContent, generateInto, longRealContent, type Output } from './fixture-output.ts';

const sorted = (values: readonly string[]) => [...values].sort();

/** What each file must hold, worked out from the content alone. */
function expectedUrls(content: Content, path: string): string[] {
  const { situs } = content.kecamatan;
  const services = selectPosterServices(content.layanan).shown.map((layanan) =>
    absoluteUrl(situs, paths.layanan(layanan)),
  );
  const village = (desa: Content['desa'][number]) => [absoluteUrl(situs, paths.desa(desa)), ...services];
  const desa = content.desa.find(
    (item) => paths.posterDesa(item, 'a4').slice(1).replace('-a4.pdf', '') === path.replace(/-(a4|f4|a3)\.pdf$/, ''),
  );
  if (desa) return village(desa);
  if (path.startsWith('poster/semua-desa-')) return content.desa.flatMap(village);
  const layanan = content.layanan.find((item) =>
    [paths.lembar(item), paths.lembarBesar(item)].some((sheet) => sheet.slice(1) === path),
  );
  if (layanan) return [absoluteUrl(situs, paths.layanan(layanan))];
  throw new Error(`unexpected file ${path}`);
}

async function scanAll(output: Output): Promise<Map<string, string[][]>> {
  const scans = await Promise.all(
    output.summary.files.map(async (file) => {
      const pages = await renderPdf(join(output.dir, file.path), 150);
      return [file.path, await Promise.all(pages.map(decodeQrCodes))] as const;
    }),
  );
  return new Map(scans);
}

describe.each([
  ['the fixture at its placeholder address, on A4, F4 and A3', () => fixtureContent(), ['a4', 'f4', 'a3'] as const],
  ['18 services at the real address, on A4', () => longRealContent(), ['a4'] as const],
])('printables for %s', (_name, content, kertas) => {
  let output: Output;
  let scans: Map<string, string[][]>;
  beforeAll(async () => {
    output = await generateInto(await content(), [...kertas]);
    scans = await scanAll(output);
  });

  it('prints every QR so that it decodes to the page it names', () => {
    for (const file of output.summary.files) {
      const decoded = scans.get(file.path)!;
      expect(decoded.flat().sort(), file.path).toEqual(sorted(expectedUrls(output.content, file.path)));
    }
  });

  it('decodes as many codes on each page as were drawn there', () => {
    for (const file of output.summary.files) {
      const decoded = scans.get(file.path)!;
      expect(decoded.map(sorted), file.path).toEqual(file.qr.map(sorted));
    }
    expect([...scans.values()].flat(2)).toHaveLength(output.summary.qrCodes);
  });

  it('makes every code a clickable link to the same address it encodes', async () => {
    for (const file of output.summary.files) {
      const links = await linkTargets(join(output.dir, file.path));
      expect(links.map(sorted), file.path).toEqual(scans.get(file.path)!.map(sorted));
    }
  });

  it('writes one poster per village and paper size, one all-villages file per size and two sheets per service', () => {
    const expected = [
      ...kertas.flatMap((size) => [
        ...output.content.desa.map((desa) => paths.posterDesa(desa, size)),
        paths.posterSemua(size),
      ]),
      ...output.content.layanan.flatMap((layanan) => [paths.lembar(layanan), paths.lembarBesar(layanan)]),
    ].map((path) => path.slice(1));
    expect(sorted(output.summary.files.map((file) => file.path))).toEqual(sorted(expected));
  });

  it('reports the longest printed address and its QR version', () => {
    const all = [...new Set([...scans.values()].flat(2))];
    const longest = Math.max(...all.map((url) => printableUrl(url).length));
    expect(output.summary.longestUrl.printed).toHaveLength(longest);
    expect(output.summary.longestUrl.version).toBe(encodeQr(output.summary.longestUrl.url).version);
  });
});
