// check warns when a printed address is too long for a version 4 code at level M (the posters' plan).
import { describe, expect, it } from 'vitest';
import { encodeQr } from '../../src/drawing/qr-code.ts';
import { checkPrintedAddressLengths } from '../../src/lib/content/qr-density-check.ts';
import { MAX_COMFORTABLE_VERSION, versionAtLevelM } from '../../src/lib/qr-plan.ts';
import type { Acara, Desa, Layanan } from '../../src/schema/index.ts';

const REAL = 'https://layanan.mojokertokab.go.id/kemlagi/';
const desa = (kode: string) => ({ entry: { kode } as Desa, file: `content/desa/${kode}.yaml` });
const layanan = (slug: string) => ({ entry: { slug } as Layanan, file: `content/layanan/${slug}.md` });
const acara = (slug: string) => ({ entry: { slug } as Acara, file: `content/acara/${slug}.md` });

function check(situs: string, entries: Partial<Parameters<typeof checkPrintedAddressLengths>[0]>) {
  return checkPrintedAddressLengths({
    situs,
    kecamatanFile: 'content/kecamatan.yaml',
    desa: [],
    layanan: [],
    acara: [],
    ...entries,
  });
}

describe('the printed address length check', () => {
  it("judges an address by the version the posters' encoder gives it", () => {
    const urls = [
      'https://layanan.mojokertokab.go.id/dawarblandong/d/3516172011/',
      'https://layanan.mojokertokab.go.id/dawarblandong/l/surat-keterangan-ahli-waris/',
      'https://layanan.mojokertokab.go.id/kemlagi/l/sktm/',
      'https://x.id/' + 'a'.repeat(49),
      'https://x.id/' + 'a'.repeat(50),
    ];
    for (const url of urls) {
      const drawn = encodeQr(url);
      expect(versionAtLevelM(url) > MAX_COMFORTABLE_VERSION).toBe(drawn.version > MAX_COMFORTABLE_VERSION);
    }
    // Digits are packed tighter than letters: the longest village address of Kabupaten Mojokerto still fits.
    expect(versionAtLevelM(urls[0]!)).toBe(4);
    expect(versionAtLevelM(urls[4]!)).toBe(5);
  });

  it('warns in the file of a service or event whose name makes its address too long', () => {
    const long = 'surat-keterangan-ahli-waris-untuk-bank';
    const problems = check(REAL, { layanan: [layanan('sktm'), layanan(long)], acara: [acara(`bazar-${long}`)] });
    expect(problems.map((problem) => [problem.file, problem.level])).toEqual([
      [`content/layanan/${long}.md`, 'peringatan'],
      [`content/acara/bazar-${long}.md`, 'peringatan'],
    ]);
    expect(problems[0]!.message).toContain(`${REAL}l/${long}/`);
    expect(problems[0]!.message).toContain('Pendekkan nama berkasnya');
    expect(problems[0]!.message).toContain('versi 4');
  });

  it('warns once, at «situs», when the site address makes every village address too long', () => {
    const situs = 'https://layanan-publik.mojokertokab.go.id/dawarblandong/';
    const problems = check(situs, { desa: [desa('35.16.07.2001'), desa('35.16.07.2002')] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/kecamatan.yaml', field: '«situs»', level: 'peringatan' });
    expect(check(REAL, { desa: [desa('35.16.15.2001')] })).toEqual([]);
  });

  it('says nothing while the site address is still a placeholder', () => {
    const placeholder = 'https://contoh.invalid/kecamatan-dengan-nama-yang-sangat-panjang-sekali/';
    expect(check(placeholder, { layanan: [layanan('surat-keterangan-ahli-waris-untuk-bank')] })).toEqual([]);
  });
});
