// `npm run posters`: makes the village posters and requirement sheets without building the site.
// --rilis marks the run that goes to the printer: it records every printed URL in <konten>/dicetak.json.
import { relative } from 'node:path';
import { generatePrintables } from '../posters/generate.ts';
import { reportPrintables } from '../posters/report.ts';
import { keluarFlag, kertasFlag, kontenFlag } from '../src/cli/flags.ts';
import { progressReporter } from '../src/cli/progress.ts';
import { runCommand } from '../src/cli/run-command.ts';
import { todayLine } from '../src/cli/today-line.ts';
import { today } from '../src/core/clock.ts';
import { loadContentOrThrow } from '../src/lib/content/load-content.ts';
import { printRunOf, releaseRefusal } from '../src/lib/printed/print-run.ts';
import { loadRegistry, recordPrintRun, registryPath } from '../src/lib/content/registry-file.ts';
import { reprintReport } from '../src/lib/printed/reprint-report.ts';
import { UserError } from '../src/core/user-error.ts';
import { openRenderCache } from '../src/build/render-cache.ts';
import { renderPool } from '../src/build/worker-pool.ts';
import { cacheFlag } from '../src/cli/cache-flag.ts';

await runCommand({
  name: 'posters',
  summary:
    'membuat poster desa dan lembar persyaratan saja (tanpa situs), lalu melaporkan poster yang perlu dicetak ulang.',
  flags: {
    konten: kontenFlag,
    keluar: keluarFlag,
    kertas: kertasFlag,
    cache: cacheFlag,
    rilis: {
      switch: true,
      help: 'cetakan yang dibawa ke percetakan: catat setiap alamat QR di <konten>/dicetak.json',
    },
  },
  example: '--konten content --keluar dist --kertas a4,f4',
  async run(options) {
    const started = performance.now();
    console.log(todayLine());
    // Content mistakes surface as a ContentError: the shell prints the report, which says where and how.
    const content = await loadContentOrThrow(options.konten);

    const refusal = options.rilis ? releaseRefusal(content.kecamatan.situs) : undefined;
    if (refusal) throw new UserError(`Cetakan rilis ditolak: ${refusal}`);

    const progress = progressReporter('Membuat');
    const pool = renderPool();
    const cache = options.cache ? await openRenderCache(options.cache) : undefined;
    const summary = await generatePrintables({
      content,
      outDir: options.keluar,
      kertas: options.kertas,
      onProgress: progress.update,
      runner: pool.pdf,
      cache,
    }).finally(() => pool.close());
    progress.done();

    const seconds = ((performance.now() - started) / 1000).toLocaleString('id-ID', { maximumFractionDigits: 1 });
    for (const line of reportPrintables(summary, content, options.keluar)) console.log(line);

    // The registry was validated with the content above; here it only supplies the last run to compare with.
    const registryFile = registryPath(options.konten);
    // Inside the project the short path staff know (content/dicetak.json); elsewhere the full path.
    const fromCwd = relative(process.cwd(), registryFile);
    const shownRegistry = fromCwd.startsWith('..') ? registryFile : fromCwd;
    const { registry } = await loadRegistry(registryFile, shownRegistry);
    const run = printRunOf(summary, content, today());
    for (const line of reprintReport(registry.cetakan.at(-1), run, content.pengalihan)) console.log(line);
    if (options.rilis) {
      await recordPrintRun(registryFile, run);
      console.log(
        `✓ Cetakan rilis ${run.tanggal} dicatat di ${shownRegistry}: ${run.alamat.length} alamat. Simpan (commit) berkas itu bersama konten.`,
      );
    }
    console.log(`  Selesai dalam ${seconds} detik.`);
  },
});
