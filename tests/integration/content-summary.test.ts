// The count line of check and build names every kind of content the folder has, and only those.
import { describe, expect, it } from 'vitest';
import { loadContentOrThrow } from '../../src/lib/content/load-content.ts';
import { describeContent } from '../../src/lib/content/summary.ts';
import { SITE_CONTENT } from '../support/content-dir.ts';

describe('describeContent', () => {
  it('counts survey periods and events when the folder has them', async () => {
    const content = await loadContentOrThrow(SITE_CONTENT);
    expect(content.skm.length * content.acara.length).toBeGreaterThan(0);
    expect(describeContent(content)).toBe(
      `${content.layanan.length} layanan, ${content.desa.length} desa, ${content.skm.length} periode SKM, ${content.acara.length} acara`,
    );
  });

  it('leaves out the optional kinds a folder does not have', async () => {
    expect(describeContent(await loadContentOrThrow('tests/fixtures/valid'))).toMatch(/^\d+ layanan, \d+ desa$/);
  });
});
