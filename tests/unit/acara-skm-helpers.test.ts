// Small rules residents meet: which events count as upcoming, how survey periods are ordered and named,
// and the WhatsApp complaint link.
import { describe, expect, it } from 'vitest';
import { upcomingAcaraFor, splitByDate } from '../../src/lib/acara/schedule.ts';
import { formatWaktuAcara } from '../../src/lib/acara/waktu.ts';
import { pengaduanWhatsappLink } from '../../src/lib/pengaduan.ts';
import { formatPeriode, sortPeriode } from '../../src/lib/skm/periode.ts';
import type { Acara } from '../../src/schema/index.ts';

const acara = (slug: string, tanggal: string, layanan: string[] = []): Acara => ({
  slug,
  tanggal,
  layanan,
  judul: slug,
  lokasi: 'Balai Desa',
  instansi: ['Kecamatan'],
  perlu_konfirmasi: false,
  catatan: '',
});

describe('splitByDate', () => {
  const list = [
    acara('lalu-jauh', '2026-01-10'),
    acara('besok', '2026-11-23'),
    acara('hari-ini', '2026-11-22', ['sktm']),
    acara('kemarin', '2026-11-21'),
    acara('tahun-depan', '2027-02-17', ['sktm']),
  ];

  it('puts upcoming events first, soonest on top, and counts the build date as upcoming', () => {
    const { mendatang, lalu } = splitByDate(list, '2026-11-22');
    expect(mendatang.map((item) => item.slug)).toEqual(['hari-ini', 'besok', 'tahun-depan']);
    expect(lalu.map((item) => item.slug)).toEqual(['kemarin', 'lalu-jauh']);
  });

  it('shows a service only the upcoming events that offer it', () => {
    expect(upcomingAcaraFor(list, 'sktm', '2026-11-23').map((item) => item.slug)).toEqual(['tahun-depan']);
  });

  it('says the weekday, date and WIB times, or that the event lasts all day', () => {
    expect(formatWaktuAcara({ tanggal: '2027-02-17', mulai: '08:00', selesai: '13:00' })).toBe(
      'Rabu, 17 Februari 2027, 08.00–13.00 WIB',
    );
    expect(formatWaktuAcara({ tanggal: '2026-10-14' })).toBe('Rabu, 14 Oktober 2026, sepanjang hari');
  });
});

describe('periode SKM', () => {
  it('orders years and semesters oldest first, a whole year after its semesters', () => {
    const sorted = sortPeriode(['2023', '2021', '2023-2', '2023-1', '2022-2'].map((periode) => ({ periode })));
    expect(sorted.map((item) => item.periode)).toEqual(['2021', '2022-2', '2023-1', '2023-2', '2023']);
  });

  it('names periods as residents read them', () => {
    expect([formatPeriode('2023'), formatPeriode('2024-1'), formatPeriode('2024-2')]).toEqual([
      'Tahun 2023',
      'Semester I 2024',
      'Semester II 2024',
    ]);
  });
});

describe('pengaduanWhatsappLink', () => {
  it('pre-fills a percent-encoded message that names the service', () => {
    const link = pengaduanWhatsappLink({ nama: 'Kemlagi', whatsapp: '6281234567890' }, { judul: 'KTP & KK "baru"' });
    expect(link.startsWith('https://wa.me/6281234567890?text=')).toBe(true);
    expect(link.split('?text=')[1]).not.toMatch(/[ "&]/);
    expect(new URL(link).searchParams.get('text')).toContain('layanan "KTP & KK "baru""');
  });
});
