// Codes are planned as QR version 4 (33 modules), so a 25 mm code keeps modules of about 0.75 mm. That
// holds only while printed addresses are short; this checks them at the real domain.
import { describe, expect, it } from 'vitest';
import { encodeQr } from '../../src/drawing/qr-code.ts';
import { contentDir, loadContentOrThrow } from '../../src/lib/content/load-content.ts';
import { absoluteUrl, paths } from '../../src/lib/urls.ts';
import type { Content } from '../../src/schema/index.ts';
import { FIXTURE, REAL_SITUS } from '../render/fixture-output.ts';

/** The longest service slug whose address still fits version 4, worked out by trying. */
function longestFittingSlug(): number {
  let length = 1;
  while (encodeQr(absoluteUrl(REAL_SITUS, paths.layanan({ slug: 'a'.repeat(length + 1) }))).version <= 4) length++;
  return length;
}

function denseCodes(content: Content): { url: string; version: number }[] {
  return [...content.desa.map(paths.desa), ...content.layanan.map(paths.layanan)]
    .map((path) => absoluteUrl(REAL_SITUS, path))
    .map((url) => ({ url, version: encodeQr(url).version }))
    .filter(({ version }) => version > 4);
}

describe.each([
  ['the PDF test fixture', FIXTURE],
  ['the sample content', contentDir()],
])('printed addresses of %s at kemlagi.mojokertokab.go.id', (_name, dir) => {
  it('stay at QR version 4 or lower', async () => {
    const advice = `shorten these slugs to at most ${longestFittingSlug()} characters (or shorten the URL scheme)`;
    expect(denseCodes(await loadContentOrThrow(dir)), advice).toEqual([]);
  });
});

describe('encodeQr', () => {
  it('takes the strongest error correction that still fits version 4, and never less than M', () => {
    const level = (path: string) => encodeQr(absoluteUrl(REAL_SITUS, path));
    expect(level('/l/sktm/')).toMatchObject({ errorCorrection: 'Q', version: 4 });
    expect(level('/l/ktp-hilang/')).toMatchObject({ errorCorrection: 'M', version: 4 });
    expect(encodeQr('https://x.id/l/kk/')).toMatchObject({ errorCorrection: 'H' });
    expect(level(`/l/${'a'.repeat(40)}/`)).toMatchObject({ errorCorrection: 'M' });
    expect(level(`/l/${'a'.repeat(40)}/`).version).toBeGreaterThan(4);
  });
});
