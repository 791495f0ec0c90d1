// The count line of check and build names every kind of content the folder has, and only those.
import { describe, expect, it } from 'vitest';
import { loadContentOrThrow } from '../../src/lib/content/load-content.ts';
import { describeContent } from '../../src/lib/content/summary.ts';
import { SITE_CONTENT, VALID_CONTENT } from '../support/content-dir.ts';

describe('describeContent', () => {
  it('counts survey periods and events when the folder has them', async () => {
    expect(describeContent(await loadContentOrThrow(SITE_CONTENT))).toBe('16 layanan, 20 desa, 2 periode SKM, 2 acara');
  });

  it('leaves out the optional kinds a folder does not have', async () => {
    expect(describeContent(await loadContentOrThrow(VALID_CONTENT))).toBe('2 layanan, 2 desa');
  });
});
