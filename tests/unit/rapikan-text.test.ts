// One content file rewritten in the form the browser editor saves it: what changes, and what never does.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { rapikanText } from '../../src/lib/content/rapikan-text.ts';

const layanan = `---
# Catatan untuk staf
judul: "Surat Keterangan"
persyaratan:
  - Surat pengantar dari desa
  - dokumen: Fotokopi KTP-el
    jumlah: 2
    keterangan: ''
keperluan:
  - judul: Untuk sekolah
    persyaratan:
      - Kartu pelajar
    catatan: null
kata_kunci: ["surat", 'sekolah']
diperbarui: 2026-11-20
mulai: "08:00"
---

Bawa dokumen **asli**.
`;

const frontmatter = (text: string) => parse(text.split('---\n')[1]!);

describe('rapikanText', () => {
  it('writes every requirement as a dokumen group, in the service list and in each case', () => {
    const { text, changes } = rapikanText(layanan, 'markdown', 'layanan');
    const data = frontmatter(text);
    expect(data.persyaratan).toEqual([
      { dokumen: 'Surat pengantar dari desa' },
      { dokumen: 'Fotokopi KTP-el', jumlah: 2 },
    ]);
    expect(data.keperluan[0].persyaratan).toEqual([{ dokumen: 'Kartu pelajar' }]);
    expect(changes).toContain('2 butir persyaratan ditulis sebagai kelompok isian «dokumen»');
  });

  it('drops the empty values the editor would write, and names them', () => {
    const { text, changes } = rapikanText(layanan, 'markdown', 'layanan');
    expect(text).not.toContain('keterangan');
    expect(text).not.toContain('catatan');
    expect(changes).toContain(
      'isian kosong dihapus: «persyaratan» butir ke-2 «keterangan», «keperluan» butir ke-1 ("Untuk sekolah") «catatan»',
    );
  });

  it('drops comments as the editor does, and says so', () => {
    const { text, changes } = rapikanText(layanan, 'markdown', 'layanan');
    expect(text).not.toContain('#');
    expect(changes).toContain('1 komentar dihapus (editor di peramban juga menghapusnya saat menyimpan)');
  });

  it("writes the editor's quoting and layout, keeping key order, dates and times as text, and the notes", () => {
    const { text } = rapikanText(layanan, 'markdown', 'layanan');
    expect(text).toBe(`---
judul: Surat Keterangan
persyaratan:
  - dokumen: Surat pengantar dari desa
  - dokumen: Fotokopi KTP-el
    jumlah: 2
keperluan:
  - judul: Untuk sekolah
    persyaratan:
      - dokumen: Kartu pelajar
kata_kunci:
  - surat
  - sekolah
diperbarui: 2026-11-20
mulai: 08:00
---

Bawa dokumen **asli**.
`);
  });

  it('changes nothing the second time', () => {
    const once = rapikanText(layanan, 'markdown', 'layanan');
    expect(rapikanText(once.text, 'markdown', 'layanan')).toEqual({ text: once.text, changes: [] });
  });

  it('quotes what would otherwise read as another type: a village code, a WhatsApp number typed as digits', () => {
    const desa = rapikanText('nama: Betro\nkode: "35.16.15.2001"\njam_layanan: "true"\n', 'yaml', 'desa');
    expect(parse(desa.text)).toEqual({ nama: 'Betro', kode: '35.16.15.2001', jam_layanan: 'true' });
    const kecamatan = rapikanText('nama: Kemlagi\nwhatsapp: 6281234567890\n', 'yaml', 'kecamatan');
    expect(kecamatan.text).toBe("nama: Kemlagi\nwhatsapp: '6281234567890'\n");
    expect(kecamatan.changes).toEqual(['«whatsapp» ditulis sebagai teks di antara tanda kutip']);
  });

  it('keeps top-level lists (redirects, synonyms) as lists', () => {
    const sinonim = rapikanText('# kata\n- [akta, akte]\n', 'yaml', 'sinonim');
    expect(sinonim.text).toBe('- - akta\n  - akte\n');
    const pengalihan = rapikanText('- dari: /l/sktm/\n  ke: "/l/tidak-mampu/"\n', 'yaml', 'pengalihan');
    expect(pengalihan.text).toBe('- dari: /l/sktm/\n  ke: /l/tidak-mampu/\n');
    expect(pengalihan.changes).toEqual(['tanda kutip dan jarak masuk diseragamkan']);
  });

  it('writes a service without notes as frontmatter alone', () => {
    const { text } = rapikanText('---\njudul: A\n---\n\n  \n', 'markdown', 'layanan');
    expect(text).toBe('---\njudul: A\n---\n');
  });
});
