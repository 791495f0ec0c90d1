// The URL scheme: printed URLs are short, built from stable identities, and resolve under situs.
import { describe, expect, it } from 'vitest';
import { encodeQr } from '../../src/drawing/qr-code.ts';
import {
  absoluteUrl,
  distFileOf,
  isPlaceholderSitus,
  paths,
  pathTarget,
  printableUrl,
  siteHref,
  sitePathOf,
} from '../../src/lib/urls.ts';

const situs = 'https://kemlagi.mojokertokab.go.id/';

describe('URL scheme', () => {
  it('addresses a village by its Kemendagri code, so namesakes in other kecamatan never collide', () => {
    expect(paths.desa({ kode: '35.16.15.2015' })).toBe('/d/3516152015/');
    expect(paths.desa({ kode: '35.16.03.2015' })).not.toBe(paths.desa({ kode: '35.16.15.2015' }));
  });

  it('keeps sample-style URLs on a real domain at QR version 4 or lower', () => {
    const urls = [
      absoluteUrl(situs, paths.desa({ kode: '35.16.15.2001' })),
      absoluteUrl(situs, paths.layanan({ slug: 'ktp-hilang' })),
    ];
    for (const url of urls) expect(encodeQr(url).version, url).toBeLessThanOrEqual(4);
  });

  it('resolves paths under a situs that has a base path, for kecamatan sharing one host', () => {
    const shared = 'https://layanan.mojokertokab.go.id/kemlagi/';
    expect(absoluteUrl(shared, '/l/sktm/')).toBe('https://layanan.mojokertokab.go.id/kemlagi/l/sktm/');
    expect(siteHref(shared, '/l/sktm/')).toBe('/kemlagi/l/sktm/');
    expect(sitePathOf(shared, 'https://layanan.mojokertokab.go.id/kemlagi/l/sktm/')).toBe('/l/sktm/');
    expect(sitePathOf(shared, 'https://evil.example/l/sktm/')).toBeUndefined();
  });

  it('prints URLs without the scheme or trailing slash, and maps paths to dist files', () => {
    expect(printableUrl('https://kemlagi.mojokertokab.go.id/l/sktm/')).toBe('kemlagi.mojokertokab.go.id/l/sktm');
    expect(distFileOf('/l/sktm/')).toBe('/l/sktm/index.html');
    expect(distFileOf('/poster/semua-desa-a4.pdf')).toBe('/poster/semua-desa-a4.pdf');
  });

  it('puts the large-print sheet in a folder of its own, so no service slug can collide with it', () => {
    expect(paths.lembarBesar({ slug: 'sktm' })).toBe('/lembar/besar/sktm.pdf');
    // A service named "besar" keeps its own sheet beside the folder: a file and a folder never clash.
    expect(paths.lembar({ slug: 'besar' })).toBe('/lembar/besar.pdf');
  });

  it('recognises placeholder domains so sample posters are marked CONTOH', () => {
    expect(isPlaceholderSitus('https://kemlagi.contoh.invalid/')).toBe(true);
    expect(isPlaceholderSitus('https://www.example.com/')).toBe(true);
    expect(isPlaceholderSitus(situs)).toBe(false);
  });

  it('reads back which service, event or village a printed path names, for messages about missing pages', () => {
    expect(pathTarget(paths.layanan({ slug: 'sktm' }))).toEqual({ kind: 'layanan', slug: 'sktm' });
    expect(pathTarget(paths.acara({ slug: 'bazar-2027-02' }))).toEqual({ kind: 'acara', slug: 'bazar-2027-02' });
    expect(pathTarget(paths.desa({ kode: '35.16.15.2015' }))).toEqual({ kind: 'desa', kode: '35.16.15.2015' });
    expect(pathTarget(paths.posterIndex())).toBeUndefined();
  });
});
