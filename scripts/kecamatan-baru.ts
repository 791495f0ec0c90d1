// `npm run kecamatan-baru`: scaffolds a content folder from the official register, for one kecamatan
// (--kode) or for a whole kabupaten/kota in the kabupaten layout (--kabupaten).
import { progressReporter } from '../src/cli/progress.ts';
import { runCommand } from '../src/cli/run-command.ts';
import type { ValueFlag } from '../src/cli/flags.ts';
import { slugify } from '../src/core/slug.ts';
import { UserError } from '../src/core/user-error.ts';
import { REGISTER_NOTICE } from '../src/lib/wilayah/attribution.ts';
import { findKabupaten, findKecamatan } from '../src/lib/wilayah/find-wilayah.ts';
import { register } from '../src/lib/wilayah/register.ts';
import { scaffoldKabupaten, scaffoldKecamatan, type ScaffoldSummary } from '../src/lib/wilayah/scaffold.ts';
import { assertNewFolder, writeScaffold } from '../src/lib/wilayah/write-scaffold.ts';

/** A value that may be left out: the command decides what its absence means. */
const optionalValue = (placeholder: string, example: string, help: string): ValueFlag<string | undefined> => ({
  placeholder,
  example,
  help,
  read: (raw) => raw,
});

await runCommand({
  name: 'kecamatan-baru',
  summary:
    'membuat folder konten baru dari daftar wilayah resmi Kemendagri: kecamatan.yaml dan satu berkas per desa/kelurahan, ' +
    'nama dan kode sudah terisi. Dengan --kabupaten: satu folder untuk seluruh kabupaten/kota.',
  flags: {
    kode: optionalValue('<kode>', '35.74.03', 'kode kecamatan Kemendagri, misalnya 35.16.15 (Kemlagi)'),
    kabupaten: optionalValue('<kode>', '35.16', 'kode kabupaten/kota: semua kecamatannya sekaligus, misalnya 35.16'),
    keluar: optionalValue(
      '<folder>',
      'content-kemlagi',
      'folder baru yang dibuat; harus belum ada atau kosong (bawaan: content-<nama>)',
    ),
  },
  example: '--kode 35.16.15 --keluar content-kemlagi',
  async run({ kode, kabupaten, keluar }) {
    if (kode && kabupaten)
      throw new UserError('Pilih salah satu: --kode <kecamatan> atau --kabupaten <kabupaten/kota>.');
    if (!kode && !kabupaten) {
      throw new UserError('Sebutkan wilayahnya: --kode 35.16.15 untuk satu kecamatan, atau --kabupaten 35.16.');
    }
    const wilayah = register();
    let summary: ScaffoldSummary;
    let folder: string;
    if (kode) {
      const kecamatan = findKecamatan(wilayah, kode);
      const kab = wilayah.kabupaten(kecamatan.kabupaten)!;
      folder = keluar ?? `content-${slugify(kecamatan.nama)}`;
      await assertNewFolder(folder);
      console.log(
        `Membuat folder konten Kecamatan ${kecamatan.nama} (${kecamatan.kode}), ${kab.namaLengkap} di ${folder}/`,
      );
      summary = scaffoldKecamatan(wilayah, kecamatan, slugify(kecamatan.nama));
    } else {
      const kab = findKabupaten(wilayah, kabupaten!);
      folder = keluar ?? `content-${slugify(kab.namaLengkap)}`;
      await assertNewFolder(folder);
      console.log(`Membuat folder konten ${kab.namaLengkap} (${kab.kode}) di ${folder}/`);
      summary = scaffoldKabupaten(wilayah, kab, slugify(kab.namaLengkap));
    }
    const progress = progressReporter('Menulis');
    await writeScaffold(folder, summary.files, (done, file) => progress.update(done, summary.files.length, file.path));
    progress.done();
    const villages = `${summary.desa + summary.kelurahan} berkas desa (${summary.desa} desa, ${summary.kelurahan} kelurahan)`;
    const where = kabupaten
      ? `kabupaten.yaml, ${summary.kecamatan} folder kecamatan di kecamatan/, `
      : 'kecamatan.yaml, ';
    console.log(`✓ ${summary.files.length} berkas dibuat di ${folder}/: ${where}${villages}.`);
    console.log('Langkah berikutnya:');
    console.log('  1. Isi setiap isian bertanda WAJIB DIISI (masih "").');
    console.log(
      kabupaten
        ? `  2. Tambahkan layanan bersama di ${folder}/layanan/ atau layanan sendiri di folder kecamatannya (contoh: content/layanan/).`
        : `  2. Tambahkan layanan di ${folder}/layanan/ (contoh: content/layanan/).`,
    );
    console.log(`  3. Periksa: npm run check -- --konten ${folder}`);
    console.log(REGISTER_NOTICE);
  },
});
