// Content as the browser editor writes it: empty optional fields written out (null, '', []), `opsional:
// false` on every document, quotes of its own, keys in its order, every requirement an object, and
// `jumlah` in the words staff use. Such files pass the check and mean what the hand-written ones meant.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApiLayanan } from '../../src/lib/api/open-data.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { structuredData } from '../../src/lib/structured-data.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { contentWith, removeDir } from '../support/content-dir.ts';

const EDITOR = join(import.meta.dirname, '../fixtures/editor');
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map(removeDir));
});

async function load(extra: Record<string, string>) {
  const dir = await contentWith(
    Object.fromEntries(Object.entries(extra).map(([to, from]) => [to, join(EDITOR, from)])),
  );
  dirs.push(dir);
  const result = await loadContent(dir);
  return { ...result, errors: result.problems.filter((problem) => problem.level === 'galat').map(formatProblem) };
}

describe('konten yang ditulis editor di peramban', () => {
  it('accepts jumlah as the words staff write, and empty optional values as absent', async () => {
    const { content, errors } = await load({ 'layanan/legalisasi.md': 'layanan/jumlah-teks.md' });
    expect(errors).toEqual([]);
    const legalisasi = content!.layanan.find((item) => item.slug === 'legalisasi')!;
    expect(legalisasi.persyaratan).toStrictEqual([
      { dokumen: 'Ijazah', jumlah: '1 asli dan 1 fotokopi', opsional: false },
      { dokumen: 'Pas foto', jumlah: '2 lembar', opsional: false },
    ]);
    expect(legalisasi.keperluan).toStrictEqual([
      { judul: 'Untuk melamar kerja', persyaratan: [{ dokumen: 'Surat lamaran', opsional: false }] },
    ]);
    expect(legalisasi.perlu_konfirmasi).toBe(false);
    expect(legalisasi.poster).toBe(true);
  });

  it('publishes words in jumlah as jumlah_teks in open data, and as the quantity in structured data', async () => {
    const { content } = await load({ 'layanan/legalisasi.md': 'layanan/jumlah-teks.md' });
    const api = buildApiLayanan(content!, '2026-12-01');
    expect(api.versi).toBe('1.2');
    const legalisasi = api.layanan.find((item) => item.slug === 'legalisasi')!;
    expect(legalisasi.persyaratan[0]).toStrictEqual({
      dokumen: 'Ijazah',
      jumlah_teks: '1 asli dan 1 fotokopi',
      opsional: false,
    });
    const sktm = api.layanan.find((item) => item.slug === 'sktm')!;
    expect(sktm.persyaratan.find((item) => item.dokumen === 'Fotokopi KTP-el')).toMatchObject({
      jumlah: 2,
      jumlah_teks: '2 lembar',
    });
    const graph = JSON.stringify(
      structuredData(
        content!.kecamatan,
        content!.layanan.find((item) => item.slug === 'legalisasi')!,
      ),
    );
    expect(graph).toContain('"name":"Ijazah","requiredQuantity":"1 asli dan 1 fotokopi"');
  });

  it('accepts a village and an event whose optional fields the editor left empty', async () => {
    const { content, errors } = await load({
      'desa/kosong.yaml': 'desa/kosong.yaml',
      'acara/bazar.md': 'acara/bazar.md',
    });
    expect(errors).toEqual([]);
    const desa = content!.desa.find((item) => item.slug === 'kosong')!;
    expect(desa.kontak).toEqual([]);
    expect(desa).not.toHaveProperty('jam_layanan');
    const acara = content!.acara.find((item) => item.slug === 'bazar')!;
    expect(acara).not.toHaveProperty('mulai');
    expect(acara).not.toHaveProperty('selesai');
  });

  it('gives the same content for a service the editor rewrote as for the file staff wrote by hand', async () => {
    const byHand = await load({});
    const rewritten = await load({ 'layanan/sktm.md': 'layanan/sktm.md' });
    expect(byHand.errors).toEqual([]);
    expect(rewritten.errors).toEqual([]);
    // Strict: a key the editor wrote empty must not linger as `undefined` in the loaded entry.
    expect(rewritten.content).toStrictEqual(byHand.content);
  });
});
