// `npm run posters`: makes the village posters and requirement sheets without building the site.
// Flags: --kertas a4,f4 (a3 too), --keluar <folder> (default dist), --konten <folder>.
import { parseArgs } from 'node:util';
import { generatePrintables } from '../posters/generate.ts';
import { parseKertas } from '../posters/paper.ts';
import { reportPrintables } from '../posters/report.ts';
import { contentDir, loadContentOrThrow } from '../src/lib/content/load-content.ts';
import { ContentError } from '../src/lib/problems.ts';
import { progressReporter } from './progress.ts';

const started = performance.now();
const options = readOptions();
const content = await loadContentOrThrow(options.konten).catch((error: unknown) => {
  if (!(error instanceof ContentError)) throw error;
  // Content mistakes are the staff's to fix: the report says where and how, a stack trace would not.
  console.error(error.message);
  process.exit(1);
});

const progress = progressReporter('Membuat');
const summary = await generatePrintables({
  content,
  outDir: options.keluar,
  kertas: options.kertas,
  onProgress: progress.update,
});
progress.done();

const seconds = ((performance.now() - started) / 1000).toLocaleString('id-ID', { maximumFractionDigits: 1 });
for (const line of reportPrintables(summary, content, options.keluar)) console.log(line);
console.log(`  Selesai dalam ${seconds} detik.`);

function readOptions() {
  try {
    const { values } = parseArgs({
      options: {
        kertas: { type: 'string', default: 'a4,f4' },
        keluar: { type: 'string', default: 'dist' },
        konten: { type: 'string' },
      },
    });
    return { kertas: parseKertas(values.kertas), keluar: values.keluar, konten: values.konten ?? contentDir() };
  } catch (error) {
    const message =
      error instanceof Error && error.message.startsWith('Ukuran kertas') ? error.message : 'Pilihan tidak dikenal.';
    console.error(`${message}\nContoh: npm run posters -- --kertas a4,f4 --keluar dist --konten content`);
    process.exit(1);
  }
}
