// `npm run check`: validates every content file and reports all problems at once, in Bahasa Indonesia.
import { contentDir, loadContent } from '../src/lib/content/load-content.ts';
import { hasErrors, reportProblems } from '../src/lib/problems.ts';
import { describeContent } from '../src/lib/content/summary.ts';

const dir = process.argv[2] ?? contentDir();
const { content, problems } = await loadContent(dir);
if (problems.length > 0) console.log(reportProblems(problems));
if (hasErrors(problems) || !content) {
  const count = problems.filter((problem) => problem.level === 'galat').length;
  console.error(`\n✗ ${count} kesalahan ditemukan. Perbaiki berkas di atas lalu jalankan \`npm run check\` lagi.`);
  process.exit(1);
}
const warnings = problems.length;
console.log(`✓ Konten lolos pemeriksaan: ${describeContent(content)}${warnings ? `, ${warnings} peringatan` : ''}.`);
