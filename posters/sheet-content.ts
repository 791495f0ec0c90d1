// What a requirement sheet says, in reading order, as plain data: the sheet's wording lives here and
// the drawing code only lays it out. Wording follows the service page on the site.
import { formatTanggal } from '../src/core/dates.ts';
import { gratisKalimat, isGratis, showsTidakPerlu, tidakPerluJudul } from '../src/lib/tidak-perlu.ts';
import { jumlahText } from '../src/lib/jumlah.ts';
import type { Dokumen, Kecamatan, Keperluan, Layanan } from '../src/schema/index.ts';
import { markdownBlocks, readableAddress } from './markdown-blocks.ts';
import type { Run } from './rich-text.ts';

export type SheetItem =
  | { kind: 'section'; text: string }
  | { kind: 'subheading'; runs: Run[] }
  /** A paragraph, optionally a list item ("1.", "•") or a checklist line with an empty tick box. */
  | { kind: 'text'; runs: Run[]; marker?: string; checkbox?: boolean; depth?: number }
  /** A boxed notice that must not be missed. */
  | { kind: 'note'; runs: Run[] }
  | { kind: 'fact'; label: string; value: string };

export function sheetItems(layanan: Layanan, kecamatan: Pick<Kecamatan, 'pengaduan'>): SheetItem[] {
  const items: SheetItem[] = [];
  if (layanan.perlu_konfirmasi) {
    items.push({
      kind: 'note',
      runs: [
        { text: 'Belum dikonfirmasi. ', bold: true },
        { text: 'Informasi ini belum diperiksa petugas kecamatan. Tanyakan dulu sebelum berangkat.' },
      ],
    });
  }
  items.push({ kind: 'section', text: 'Dokumen yang harus dibawa' });
  if (layanan.pengantar_desa) {
    items.push({
      kind: 'note',
      runs: [
        { text: 'Perlu surat pengantar dari desa/kelurahan. ', bold: true },
        { text: 'Mintalah dulu di balai desa atau kantor kelurahan Anda.' },
      ],
    });
  }
  const cases = layanan.keperluan;
  if (cases.length > 0 && layanan.persyaratan.length > 0)
    items.push({ kind: 'subheading', runs: [{ text: 'Untuk semua keperluan' }] });
  items.push(...checklist(layanan.persyaratan));
  if (cases.length > 0) items.push(...keperluanItems(cases, layanan.persyaratan.length > 0));
  if (showsTidakPerlu(layanan)) items.push(...tidakPerluItems(layanan, kecamatan));

  items.push({ kind: 'section', text: 'Langkah-langkah' });
  layanan.prosedur.forEach((langkah, index) =>
    items.push({ kind: 'text', marker: `${index + 1}.`, runs: [{ text: langkah }] }),
  );

  items.push({ kind: 'section', text: 'Waktu, biaya dan hasil' });
  items.push({ kind: 'fact', label: 'Waktu', value: layanan.waktu });
  items.push({ kind: 'fact', label: 'Biaya', value: layanan.biaya });
  items.push({ kind: 'fact', label: 'Hasil', value: layanan.produk });
  if (layanan.penerbit) items.push({ kind: 'fact', label: 'Diterbitkan oleh', value: layanan.penerbit });

  const notes = markdownBlocks(layanan.catatan);
  if (notes.length > 0) {
    items.push({ kind: 'section', text: 'Catatan' });
    for (const block of notes) {
      if (block.kind === 'heading') items.push({ kind: 'subheading', runs: block.runs });
      else
        items.push({
          kind: 'text',
          runs: block.runs,
          depth: block.depth,
          ...(block.marker ? { marker: block.marker } : {}),
        });
    }
  }

  if (layanan.dasar_hukum.length > 0) {
    items.push({ kind: 'section', text: 'Dasar hukum' });
    for (const aturan of layanan.dasar_hukum) items.push({ kind: 'text', marker: '•', runs: [{ text: aturan }] });
  }

  return items;
}

/** One section for the cases: each case's title, its documents with tick boxes, and its note. */
function keperluanItems(cases: readonly Keperluan[], withCommon: boolean): SheetItem[] {
  const items: SheetItem[] = [
    { kind: 'section', text: 'Dokumen sesuai keperluan Anda' },
    {
      kind: 'text',
      runs: [
        {
          text: withCommon
            ? 'Cari keperluan Anda di bawah, lalu bawa juga dokumen untuk keperluan itu.'
            : 'Cari keperluan Anda di bawah, lalu bawa dokumen untuk keperluan itu.',
        },
      ],
    },
  ];
  for (const keperluan of cases) {
    items.push({ kind: 'subheading', runs: [{ text: keperluan.judul }] });
    items.push(...checklist(keperluan.persyaratan));
    if (keperluan.catatan)
      items.push({ kind: 'text', runs: [{ text: 'Catatan: ', bold: true }, { text: keperluan.catatan }] });
  }
  return items;
}

/** What nobody may ask for here (its subject before the colon in bold), and for a free service, where to report a demand for money. */
function tidakPerluItems(
  layanan: Pick<Layanan, 'tidak_perlu' | 'biaya'>,
  kecamatan: Pick<Kecamatan, 'pengaduan'>,
): SheetItem[] {
  const items: SheetItem[] = [{ kind: 'section', text: tidakPerluJudul(layanan) }];
  for (const kalimat of layanan.tidak_perlu) {
    const colon = kalimat.indexOf(': ');
    const runs =
      colon > 0
        ? [{ text: kalimat.slice(0, colon + 1), bold: true }, { text: kalimat.slice(colon + 1) }]
        : [{ text: kalimat }];
    items.push({ kind: 'text', marker: '•', runs });
  }
  if (isGratis(layanan.biaya)) {
    const { awal, saluran, akhir } = gratisKalimat(kecamatan);
    items.push({
      kind: 'text',
      runs: [
        { text: awal },
        { text: saluran.label, bold: true },
        { text: `: ${readableAddress(saluran.url)}${akhir}` },
      ],
    });
  }
  return items;
}

function checklist(dokumen: readonly Dokumen[]): SheetItem[] {
  return dokumen.map((item) => ({ kind: 'text', checkbox: true, runs: dokumenRuns(item) }));
}

/** Complaint channels in one run of text, for the foot of every page. */
export function complaintRuns(kecamatan: Kecamatan): Run[] {
  return [
    { text: 'Pengaduan, saran dan masukan: ', bold: true },
    ...kecamatan.pengaduan.flatMap((saluran, index) => [
      ...(index > 0 ? [{ text: ' · ' }] : []),
      { text: `${saluran.label}: `, bold: true },
      { text: readableAddress(saluran.url) },
    ]),
  ];
}

/** The line under the summary: when staff last checked the requirements. */
export function checkedLine(layanan: Layanan): string {
  return `Terakhir diperiksa: ${formatTanggal(layanan.diperbarui)}`;
}

/** "Fotokopi KTP-el (2 lembar)", then its note and whether it is optional on the next line. */
function dokumenRuns(dokumen: Dokumen): Run[] {
  const runs: Run[] = [{ text: dokumen.dokumen, bold: true }];
  const jumlah = jumlahText(dokumen.jumlah);
  if (jumlah) runs.push({ text: ` (${jumlah})`, bold: true });
  const details = [dokumen.opsional ? 'Jika ada / bila diperlukan' : '', dokumen.keterangan ?? ''].filter(Boolean);
  if (details.length > 0) runs.push({ text: `\n${details.join(' · ')}` });
  return runs;
}
