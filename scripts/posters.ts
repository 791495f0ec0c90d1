// `npm run posters`: makes the village posters and requirement sheets without building the site.
// --rilis marks the run that goes to the printer: it records every printed URL in <konten>/dicetak.json.
// For a kabupaten: each kecamatan's under its path, each with its own dicetak.json (--kecamatan: one).
import { join, relative } from 'node:path';
import { generatePrintables } from '../posters/generate.ts';
import { reportPrintables } from '../posters/report.ts';
import { kecamatanFlag, keluarFlag, kertasFlag, kontenFlag } from '../src/cli/flags.ts';
import { progressReporter } from '../src/cli/progress.ts';
import { runCommand } from '../src/cli/run-command.ts';
import { todayLine } from '../src/cli/today-line.ts';
import { today } from '../src/core/clock.ts';
import { loadWilayah } from '../src/lib/content/load-wilayah.ts';
import { ContentError } from '../src/lib/problems.ts';
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
    kecamatan: kecamatanFlag,
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
    const { wilayah, problems } = await loadWilayah(options.konten, { kecamatan: options.kecamatan });
    if (!wilayah) throw new ContentError(problems);

    for (const { content } of wilayah.kecamatan) {
      const refusal = options.rilis ? releaseRefusal(content.kecamatan.situs) : undefined;
      if (refusal) throw new UserError(`Cetakan rilis ditolak: ${refusal}`);
    }

    const pool = renderPool();
    const cache = options.cache ? await openRenderCache(options.cache) : undefined;
    try {
      for (const site of wilayah.kecamatan) {
        const { content } = site;
        if (wilayah.kabupaten) console.log(`Kecamatan ${content.kecamatan.nama} (${site.base}):`);
        const outDir = join(options.keluar, site.base).replace(/\/$/, '');
        const progress = progressReporter('Membuat');
        const summary = await generatePrintables({
          content,
          outDir,
          kertas: options.kertas,
          onProgress: progress.update,
          runner: pool.pdf,
          cache,
        });
        progress.done();
        for (const line of reportPrintables(summary, content, outDir)) console.log(line);

        // The registry was validated with the content above; here it only supplies the last run to compare with.
        const registryFile = registryPath(site.dir);
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
      }
    } finally {
      await pool.close();
    }
    const seconds = ((performance.now() - started) / 1000).toLocaleString('id-ID', { maximumFractionDigits: 1 });
    console.log(`  Selesai dalam ${seconds} detik.`);
  },
});
