// `npm run rapikan`: rewrites a content folder in the form the browser editor saves it (every requirement
// as a `dokumen` group, no comments, the editor's quoting), checking first and proving that the site's
// content stays exactly the same. Running it again changes nothing.
import { kontenFlag } from '../src/cli/flags.ts';
import { todayLine } from '../src/cli/today-line.ts';
import { runCommand } from '../src/cli/run-command.ts';
import { UserError } from '../src/core/user-error.ts';
import { rapikanFolder } from '../src/lib/content/rapikan-folder.ts';
import { reportProblems } from '../src/lib/problems.ts';

await runCommand({
  name: 'rapikan',
  summary:
    'menulis ulang folder konten dalam bentuk yang ditulis editor di peramban, tanpa mengubah isinya; folder harus lolos pemeriksaan dulu.',
  flags: {
    konten: kontenFlag,
    coba: { switch: true, help: 'hanya menampilkan apa yang akan diubah, tanpa menulis berkas' },
  },
  example: '--konten content',
  async run({ konten, coba }) {
    // The check inside depends on the day (no future «diperbarui»), so say which day, as check does.
    console.log(todayLine());
    const result = await rapikanFolder(konten, { write: !coba });
    if (result.refused) {
      console.log(reportProblems(result.refused));
      const count = result.refused.filter((problem) => problem.level === 'galat').length;
      throw new UserError(
        `Konten belum lolos pemeriksaan (${count} kesalahan di atas), jadi tidak ada berkas yang diubah. Perbaiki dulu, lalu jalankan npm run rapikan lagi.`,
      );
    }
    for (const { file, changes } of result.changed) console.log(`${file}: ${changes.join('; ')}.`);
    const verb = result.written ? 'dirapikan' : 'akan dirapikan (--coba: tidak ada yang ditulis)';
    console.log(
      result.changed.length === 0
        ? `✓ Semua ${result.unchanged} berkas sudah dalam bentuk tulisan editor; tidak ada yang diubah.`
        : `✓ ${result.changed.length} berkas ${verb}, ${result.unchanged} sudah rapi. Isi situs tetap sama.`,
    );
  },
});
