// The shared wording of "Tidak perlu dibawa, tidak dipungut biaya": when it shows and what it says.
import { describe, expect, it } from 'vitest';
import { gratisKalimat, isGratis, showsTidakPerlu, tidakPerluJudul } from '../../src/lib/tidak-perlu.ts';

describe('tidak perlu dibawa, tidak dipungut biaya', () => {
  it('calls a service free only when its cost is just "Gratis"', () => {
    expect(['Gratis', 'gratis', ' Gratis. '].map(isGratis)).toEqual([true, true, true]);
    expect(isGratis('Gratis di desa; PNBP Rp30.000 dibayar di kepolisian (PP 60/2016)')).toBe(false);
    expect(isGratis('Rp10.000')).toBe(false);
  });

  it('shows the block for a free service or one that names what nobody may ask for', () => {
    expect(showsTidakPerlu({ biaya: 'Gratis', tidak_perlu: [] })).toBe(true);
    expect(showsTidakPerlu({ biaya: 'Rp10.000', tidak_perlu: ['Surat pengantar RT/RW'] })).toBe(true);
    expect(showsTidakPerlu({ biaya: 'Rp10.000', tidak_perlu: [] })).toBe(false);
  });

  it('heads the block "Tidak dipungut biaya" when a free service lists nothing else', () => {
    expect(tidakPerluJudul({ tidak_perlu: ['Surat pengantar RT/RW'] })).toBe(
      'Tidak perlu dibawa, tidak dipungut biaya',
    );
    expect(tidakPerluJudul({ tidak_perlu: [] })).toBe('Tidak dipungut biaya');
  });

  it('names the first complaint channel in the free-of-charge sentence', () => {
    const saluran = { label: 'SP4N-LAPOR! (situs resmi pengaduan nasional)', url: 'https://www.lapor.go.id' };
    const kalimat = gratisKalimat({ pengaduan: [saluran, { label: 'SMS', url: 'sms:1708' }] });
    expect(kalimat.saluran).toEqual(saluran);
    expect(`${kalimat.awal}${kalimat.saluran.label}${kalimat.akhir}`).toBe(
      'Layanan ini gratis. Jika ada yang meminta uang, jangan membayar dan laporkan lewat SP4N-LAPOR! (situs resmi pengaduan nasional).',
    );
  });
});
