// `npm run check`: validates every content file and reports all problems at once, in Bahasa Indonesia.
// A kabupaten's content root is checked whole, or one kecamatan of it with --kecamatan.
import { todayLine } from '../src/cli/today-line.ts';
import { kecamatanFlag, kontenFlag } from '../src/cli/flags.ts';
import { runCommand } from '../src/cli/run-command.ts';
import { formatFlag, reportToGithub } from '../src/cli/github-report.ts';
import { loadWilayah } from '../src/lib/content/load-wilayah.ts';
import { describeWilayah } from '../src/lib/content/summary.ts';
import { hasErrors, reportProblems } from '../src/lib/problems.ts';

await runCommand({
  name: 'check',
  summary: 'memeriksa semua berkas konten dan melaporkan semua kesalahan sekaligus, tanpa membangun apa pun.',
  flags: { konten: kontenFlag, kecamatan: kecamatanFlag, format: formatFlag },
  example: '--konten content',
  async run({ konten, kecamatan, format }) {
    console.log(todayLine());
    const { wilayah, problems } = await loadWilayah(konten, { kecamatan });
    if (problems.length > 0) console.log(reportProblems(problems));
    if (format === 'github') await reportToGithub(problems, wilayah && describeWilayah(wilayah));
    if (hasErrors(problems) || !wilayah) {
      const count = problems.filter((problem) => problem.level === 'galat').length;
      console.error(`\n✗ ${count} kesalahan ditemukan. Perbaiki berkas di atas lalu jalankan \`npm run check\` lagi.`);
      process.exit(1);
    }
    const warnings = problems.length;
    console.log(
      `✓ Konten lolos pemeriksaan: ${describeWilayah(wilayah)}${warnings ? `, ${warnings} peringatan` : ''}.`,
    );
  },
});
