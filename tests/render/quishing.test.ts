// Against fake QR stickers ("quishing"): under every code, the poster prints the address the code opens,
// real domain included, so a resident can compare it with what their phone shows.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { printableUrl } from '../../src/lib/urls.ts';
import { pdfText } from '../support/pdf-tools.ts';
import { generateInto, longRealContent, REAL_SITUS, type Output } from './fixture-output.ts';

let real: Output;
beforeAll(async () => {
  real = await generateInto(await longRealContent(), ['a4']);
});

describe('alamat tercetak di bawah kode QR', () => {
  it('prints, on the same page, the full address of every code, starting with the real domain', async () => {
    let checked = 0;
    for (const file of real.summary.files.filter((item) => item.kind !== 'poster-semua')) {
      const pages = (await pdfText(join(real.dir, file.path), 'raw')).split('\f');
      for (const [index, urls] of file.qr.entries()) {
        // Long addresses wrap before their path; compare without the line breaks.
        const text = pages[index]!.replace(/\s+/g, '');
        for (const url of urls) {
          expect(url.startsWith(REAL_SITUS), url).toBe(true);
          expect(text, `${file.path} halaman ${index + 1}`).toContain(printableUrl(url));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});
