// The staff page (/staf/) of a real build whose content has what the sample lacks: a service overdue for
// review, one checked exactly twelve months ago, one kept off the posters, and a release print run in
// dicetak.json that the posters have moved on from.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { paths } from '../../src/lib/urls.ts';
import { contentWith, removeDir } from '../support/content-dir.ts';
import { readPage } from '../support/dist.ts';
import { runCli } from '../support/run-cli.ts';

const FIXTURE = join(import.meta.dirname, '../fixtures/staf');
let dir: string;
let main: HTMLElement;

beforeAll(async () => {
  dir = await contentWith({
    'layanan/akta-lama.md': join(FIXTURE, 'layanan/akta-lama.md'),
    'layanan/batas.md': join(FIXTURE, 'layanan/batas.md'),
    'layanan/untuk-desa.md': join(FIXTURE, 'layanan/untuk-desa.md'),
    'dicetak.json': join(FIXTURE, 'dicetak.json'),
  });
  const out = join(dir, 'keluar');
  const { code, stdout } = await runCli('scripts/build.ts', ['--konten', dir, '--keluar', out, '--kertas', 'a4'], {
    PELITA_HARI_INI: '2026-12-01',
  });
  expect(code, stdout).toBe(0);
  main = (await readPage(out, paths.staf())).querySelector('main')!;
}, 120_000);
afterAll(() => removeDir(dir));

const text = (element: HTMLElement | null) => element?.text.replace(/\s+/g, ' ').trim() ?? '';
const row = (slug: string) => main.querySelector(`tr[data-layanan="${slug}"]`);

describe('halaman petugas dengan layanan lewat tinjauan dan cetakan rilis', () => {
  it('puts the overdue service first, then the unconfirmed one, then those in order', () => {
    const order = main.querySelectorAll('tbody tr').map((tr) => tr.getAttribute('data-layanan'));
    expect(order.slice(0, 2)).toEqual(['akta-lama', 'batas']);
    expect(order.slice(2).sort()).toEqual(['pindah', 'sktm', 'untuk-desa']);
  });

  it('marks overdue only what was checked more than twelve months ago', () => {
    expect(text(row('akta-lama')!.querySelector('[data-perhatian]'))).toBe('Lewat masa tinjauan (lebih dari 12 bulan)');
    expect(text(row('akta-lama')!.querySelector('time'))).toBe('30 November 2025');
    expect(text(row('batas')!.querySelector('[data-perhatian]'))).toBe('Perlu konfirmasi');
    expect(text(row('sktm')!.querySelector('[data-perhatian]'))).toBe('Tidak ada');
    expect(text(main.querySelector('[data-ringkasan]'))).toMatch(
      /^1 dari 5 layanan lewat masa tinjauan.* 1 layanan masih perlu konfirmasi.* 3 layanan sudah/,
    );
  });

  it('names the posters a service is on, and why one is on none', () => {
    expect(text(row('sktm')!.querySelector('[data-poster] a'))).toBe('di 2 poster desa');
    expect(text(row('untuk-desa')!.querySelector('[data-poster]'))).toBe('tidak di poster: ditandai «poster: false»');
  });

  it('reports which village posters to reprint since the recorded release run', () => {
    const report = main.querySelector('[data-cetak-ulang]')!;
    expect(text(report.querySelector('p'))).toBe('Dibandingkan cetakan rilis 2026-11-22:');
    expect(report.querySelectorAll('li').map(text)).toEqual([
      'Perlu cetak ulang, 2 desa (Betro, Mojorejo): «Akta Lama Belum Ditinjau» baru; «Batas Tepat Dua Belas Bulan» baru; «Surat Keterangan Pindah» baru.',
      'Tidak ada poster yang tetap sama.',
    ]);
  });
});
