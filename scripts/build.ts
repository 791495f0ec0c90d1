// `npm run build`: checks the content, then builds the site and every poster and sheet into dist/.
// Nothing is published unless everything succeeds; the previous dist/ stays as it was.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildSite } from '../src/build/build-site.ts';
import { publishAtomically } from '../src/build/publish.ts';
import { contentDir, loadContent } from '../src/lib/content/load-content.ts';
import { describeContent } from '../src/lib/content/summary.ts';
import { hasErrors, reportProblems } from '../src/lib/problems.ts';
import { parseKertas } from '../posters/paper.ts';
import { reportImages } from '../src/images/report.ts';
import { reportPrintables } from '../posters/report.ts';
import { progressReporter } from './progress.ts';

const { values } = parseArgs({
  options: {
    konten: { type: 'string' },
    keluar: { type: 'string', default: process.env.PELITA_OUT ?? 'dist' },
    kertas: { type: 'string', default: 'a4,f4' },
    // For the benchmark: write timings and peak memory as JSON to this file.
    ringkasan: { type: 'string' },
  },
});

const started = performance.now();
const dir = values.konten ?? contentDir();
process.env.PELITA_CONTENT = dir;
process.env.ASTRO_TELEMETRY_DISABLED = '1';

console.log('Memeriksa konten…');
const { content, problems } = await loadContent(dir);
if (problems.length > 0) console.log(reportProblems(problems));
if (!content || hasErrors(problems)) {
  console.error('\n✗ Situs tidak dibangun karena ada kesalahan pada konten. Isi dist/ sebelumnya tidak diubah.');
  process.exit(1);
}
console.log(`✓ Konten: ${describeContent(content)}.`);

const progress = progressReporter('Membuat');
const summary = await publishAtomically(values.keluar, (staging) =>
  buildSite({
    content,
    outDir: staging,
    kertas: parseKertas(values.kertas),
    log: (line) => {
      progress.done(); // end a progress line drawn in place before the next step's heading
      console.log(line);
    },
    onPosterProgress: progress.update,
    onImageProgress: progress.update,
  }),
);
progress.done();
for (const line of reportPrintables(summary.printables, content, values.keluar)) console.log(line);
console.log(reportImages(summary.images, summary.imagesSeconds));
if (values.ringkasan) {
  const peakMemoryBytes = process.resourceUsage().maxRSS * 1024;
  await writeFile(values.ringkasan, JSON.stringify({ ...summary, peakMemoryBytes }, null, 2));
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`✓ Selesai dalam ${seconds} detik: ${values.keluar}/ berisi situs, poster, lembar persyaratan dan gambar.`);
