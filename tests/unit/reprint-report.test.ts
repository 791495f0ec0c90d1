// The reprint report names the villages whose posters changed since the last release run, and how.
import { describe, expect, it } from 'vitest';
import { reprintReport } from '../../src/lib/printed/reprint-report.ts';
import type { Cetakan } from '../../src/schema/index.ts';

const situs = 'https://kemlagi.mojokertokab.go.id/';
const sktm = { alamat: '/l/sktm/', judul: 'SKTM' };
const kk = { alamat: '/l/kk/', judul: 'Kartu Keluarga' };
const run = (tanggal: string, poster: Cetakan['poster']): Cetakan => ({ tanggal, situs, alamat: ['/l/sktm/'], poster });
const betro = (layanan: { alamat: string; judul: string }[]) => ({ desa: '/d/3516152002/', nama: 'Betro', layanan });
const mojorejo = (layanan: { alamat: string; judul: string }[]) => ({
  desa: '/d/3516152015/',
  nama: 'Mojorejo',
  layanan,
});

describe('laporan cetak ulang', () => {
  it('says every poster is a first print when nothing was recorded', () => {
    expect(reprintReport(undefined, run('2026-11-22', [betro([sktm])]), [])).toEqual([
      'Belum ada cetakan rilis yang tercatat, jadi semua poster adalah cetakan pertama.',
    ]);
  });

  it('groups villages by change: added, removed, retitled, and unchanged', () => {
    const last = run('2026-11-01', [betro([sktm, kk]), mojorejo([sktm])]);
    const now = run('2026-11-22', [
      betro([{ ...sktm, judul: 'Surat Keterangan Tidak Mampu' }]),
      mojorejo([sktm]),
      { desa: '/d/3516152099/', nama: 'Baru', layanan: [sktm] },
    ]);
    expect(reprintReport(last, now, [])).toEqual([
      'Dibandingkan cetakan rilis 2026-11-01:',
      '  Perlu cetak ulang, 1 desa (Betro): «Kartu Keluarga» dihapus; judul «SKTM» menjadi «Surat Keterangan Tidak Mampu».',
      '  Perlu cetak ulang, 1 desa (Baru): poster baru.',
      '  Tidak perlu cetak ulang, 1 desa (Mojorejo).',
    ]);
  });

  it('tells staff to take down the poster of a village that is gone', () => {
    const lines = reprintReport(
      run('2026-11-01', [betro([sktm]), mojorejo([sktm])]),
      run('2026-11-22', [betro([sktm])]),
      [],
    );
    expect(lines).toContain('  Poster Mojorejo tidak berlaku lagi; copot dari dinding balai desa.');
  });
});
