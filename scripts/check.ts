// `npm run check`: validates every content file and reports all problems at once, in Bahasa Indonesia.
import { todayLine } from '../src/cli/today-line.ts';
import { kontenFlag } from '../src/cli/flags.ts';
import { runCommand } from '../src/cli/run-command.ts';
import { formatFlag, reportToGithub } from '../src/cli/github-report.ts';
import { loadContent } from '../src/lib/content/load-content.ts';
import { describeContent } from '../src/lib/content/summary.ts';
import { hasErrors, reportProblems } from '../src/lib/problems.ts';

await runCommand({
  name: 'check',
  summary: 'memeriksa semua berkas konten dan melaporkan semua kesalahan sekaligus, tanpa membangun apa pun.',
  flags: { konten: kontenFlag, format: formatFlag },
  example: '--konten content',
  async run({ konten, format }) {
    console.log(todayLine());
    const { content, problems } = await loadContent(konten);
    if (problems.length > 0) console.log(reportProblems(problems));
    if (format === 'github') await reportToGithub(problems, content && describeContent(content));
    if (hasErrors(problems) || !content) {
      const count = problems.filter((problem) => problem.level === 'galat').length;
      console.error(`\n✗ ${count} kesalahan ditemukan. Perbaiki berkas di atas lalu jalankan \`npm run check\` lagi.`);
      process.exit(1);
    }
    const warnings = problems.length;
    console.log(
      `✓ Konten lolos pemeriksaan: ${describeContent(content)}${warnings ? `, ${warnings} peringatan` : ''}.`,
    );
  },
});
