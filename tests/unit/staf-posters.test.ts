// The staff page's poster facts: which village posters a service is on, and what changed since the last
// release print run (the reprint report, fed with the posters a run today would make).
import { describe, expect, it } from 'vitest';
import { MAX_POSTER_SERVICES } from '../../src/lib/poster-services.ts';
import { plannedPosterRun, plannedPosters } from '../../src/lib/staf/planned-run.ts';
import { posterPresence, posterPresenceText } from '../../src/lib/staf/poster-presence.ts';
import { reprintSinceRelease } from '../../src/lib/staf/reprint.ts';
import { editLayananPath } from '../../src/lib/staf/editor-link.ts';
import type { Cetakan, Content, Desa, Kecamatan, Layanan } from '../../src/schema/index.ts';

const situs = 'https://kemlagi.mojokertokab.go.id/';
const layanan = (slug: string, poster = true) => ({ slug, judul: `Layanan ${slug}`, poster }) as unknown as Layanan;
const desa = (nama: string, kode: string) => ({ nama, kode, slug: nama.toLowerCase() }) as unknown as Desa;
const content = (items: Layanan[]) => ({
  kecamatan: { situs } as Kecamatan,
  desa: [desa('Betro', '35.16.15.2002'), desa('Mojorejo', '35.16.15.2015')],
  layanan: items,
  pengalihan: [] as Content['pengalihan'],
});

describe('poster desa per layanan', () => {
  it('puts a service on every village poster, or on none with the reason', () => {
    const many = Array.from({ length: MAX_POSTER_SERVICES + 1 }, (_, index) => layanan(`l${index}`));
    const presence = posterPresence([layanan('apbdes', false), ...many], 20);
    expect(presence.get('l0')).toEqual({ on: true, villages: 20 });
    expect(presence.get('apbdes')).toEqual({ on: false, reason: 'poster-false' });
    expect(presence.get(`l${MAX_POSTER_SERVICES}`)).toEqual({ on: false, reason: 'tidak-muat' });
  });

  it('says so in Bahasa Indonesia', () => {
    expect(posterPresenceText({ on: true, villages: 20 })).toBe('di 20 poster desa');
    expect(posterPresenceText({ on: false, reason: 'poster-false' })).toBe('tidak di poster: ditandai «poster: false»');
    expect(posterPresenceText({ on: false, reason: 'tidak-muat' })).toBe(
      `tidak di poster: tidak muat (paling banyak ${MAX_POSTER_SERVICES} layanan per poster)`,
    );
  });
});

describe('poster cetakan hari ini', () => {
  it('shows the same services, in content order, on every village poster, without those left off', () => {
    const posters = plannedPosters(content([layanan('sktm'), layanan('apbdes', false), layanan('kk')]));
    expect(posters).toEqual([
      {
        desa: '/d/3516152002/',
        nama: 'Betro',
        layanan: [
          { alamat: '/l/sktm/', judul: 'Layanan sktm' },
          { alamat: '/l/kk/', judul: 'Layanan kk' },
        ],
      },
      { desa: '/d/3516152015/', nama: 'Mojorejo', layanan: posters[0]!.layanan },
    ]);
  });

  it('records its date, situs and every code it prints, sorted', () => {
    const run = plannedPosterRun(content([layanan('sktm')]), '2026-12-01');
    expect(run).toMatchObject({ tanggal: '2026-12-01', situs });
    expect(run.alamat).toEqual(['/d/3516152002/', '/d/3516152015/', '/l/sktm/']);
  });
});

describe('sejak cetakan rilis terakhir', () => {
  const last = (layananOnPoster: { alamat: string; judul: string }[]): Cetakan => ({
    tanggal: '2026-11-22',
    situs,
    alamat: ['/l/sktm/'],
    poster: [
      { desa: '/d/3516152002/', nama: 'Betro', layanan: layananOnPoster },
      { desa: '/d/3516152015/', nama: 'Mojorejo', layanan: layananOnPoster },
    ],
  });

  it('says plainly that nothing has been printed when there is no registry', () => {
    expect(reprintSinceRelease({ cetakan: [] }, content([layanan('sktm')]), '2026-12-01')).toEqual({
      printed: false,
      message: 'Belum ada cetakan rilis yang tercatat, jadi semua poster adalah cetakan pertama.',
    });
  });

  it('names the villages to reprint, as npm run posters reports them, against the last run', () => {
    const older: Cetakan = { ...last([]), tanggal: '2026-01-01' };
    const registry = { cetakan: [older, last([{ alamat: '/l/sktm/', judul: 'Layanan sktm' }])] };
    expect(reprintSinceRelease(registry, content([layanan('sktm'), layanan('kk')]), '2026-12-01')).toEqual({
      printed: true,
      tanggal: '2026-11-22',
      intro: 'Dibandingkan cetakan rilis 2026-11-22:',
      items: ['Perlu cetak ulang, 2 desa (Betro, Mojorejo): «Layanan kk» baru.', 'Tidak ada poster yang tetap sama.'],
    });
  });

  it('says no poster needs a reprint when nothing on them changed', () => {
    const registry = { cetakan: [last([{ alamat: '/l/sktm/', judul: 'Layanan sktm' }])] };
    const summary = reprintSinceRelease(registry, content([layanan('sktm'), layanan('apbdes', false)]), '2026-12-01');
    expect(summary).toMatchObject({ printed: true, items: ['Tidak perlu cetak ulang, 2 desa (Betro, Mojorejo).'] });
  });
});

describe('tautan ke editor', () => {
  it('opens the service’s file in the editor’s layanan collection', () => {
    expect(editLayananPath({ slug: 'ktp-hilang' })).toBe('/admin/#/collections/layanan/entries/ktp-hilang');
  });
});
