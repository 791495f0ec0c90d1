// `npm run posters`: makes the village posters and requirement sheets without building the site.
// Flags: --kertas a4,f4 (a3 too), --keluar <folder> (default dist), --konten <folder>, and --rilis for
// the run that goes to the printer: it records every printed URL in <konten>/dicetak.json.
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { generatePrintables } from '../posters/generate.ts';
import { parseKertas } from '../posters/paper.ts';
import { reportPrintables } from '../posters/report.ts';
import { contentDir, loadContentOrThrow } from '../src/lib/content/load-content.ts';
import { printRunOf, releaseRefusal } from '../src/lib/printed/print-run.ts';
import { loadRegistry, recordPrintRun, registryPath } from '../src/lib/printed/registry.ts';
import { reprintReport } from '../src/lib/printed/reprint-report.ts';
import { ContentError } from '../src/lib/problems.ts';
import { today } from '../src/lib/clock.ts';
import { progressReporter } from './progress.ts';

const started = performance.now();
const options = readOptions();
const content = await loadContentOrThrow(options.konten).catch((error: unknown) => {
  if (!(error instanceof ContentError)) throw error;
  // Content mistakes are the staff's to fix: the report says where and how, a stack trace would not.
  console.error(error.message);
  process.exit(1);
});

const refusal = options.rilis ? releaseRefusal(content.kecamatan.situs) : undefined;
if (refusal) {
  console.error(`✗ Cetakan rilis ditolak: ${refusal}`);
  process.exit(1);
}

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

// The registry was validated with the content above; here it only supplies the last run to compare with.
const registryFile = registryPath(options.konten);
// Inside the project the short path staff know (content/dicetak.json); elsewhere the full path.
const fromCwd = relative(process.cwd(), registryFile);
const shownRegistry = fromCwd.startsWith('..') ? registryFile : fromCwd;
const { registry } = await loadRegistry(registryFile, shownRegistry, []);
const run = printRunOf(summary, content, today());
for (const line of reprintReport(registry.cetakan.at(-1), run, content.pengalihan)) console.log(line);
if (options.rilis) {
  await recordPrintRun(registryFile, run);
  console.log(
    `✓ Cetakan rilis ${run.tanggal} dicatat di ${shownRegistry}: ${run.alamat.length} alamat. Simpan (commit) berkas itu bersama konten.`,
  );
}
console.log(`  Selesai dalam ${seconds} detik.`);

function readOptions() {
  try {
    const { values } = parseArgs({
      options: {
        kertas: { type: 'string', default: 'a4,f4' },
        keluar: { type: 'string', default: 'dist' },
        konten: { type: 'string' },
        rilis: { type: 'boolean', default: false },
      },
    });
    return {
      kertas: parseKertas(values.kertas),
      keluar: values.keluar,
      konten: values.konten ?? contentDir(),
      rilis: values.rilis,
    };
  } catch (error) {
    const message =
      error instanceof Error && error.message.startsWith('Ukuran kertas') ? error.message : 'Pilihan tidak dikenal.';
    console.error(`${message}\nContoh: npm run posters -- --kertas a4,f4 --keluar dist --konten content [--rilis]`);
    process.exit(1);
  }
}
