// `npm run build`: checks the content, then builds the site and every poster and sheet into dist/.
// Nothing is published unless everything succeeds; the previous dist/ stays as it was. For a kabupaten,
// one site with every kecamatan under its path, or with --kecamatan one kecamatan's folder of it.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { publishAtomically } from '../src/build/publish.ts';
import { kecamatanFlag, keluarFlag, kertasFlag, kontenFlag, type ValueFlag } from '../src/cli/flags.ts';
import { progressReporter } from '../src/cli/progress.ts';
import { runCommand } from '../src/cli/run-command.ts';
import { todayLine } from '../src/cli/today-line.ts';
import { today, todaySource } from '../src/core/clock.ts';
import { isKabupatenDir, loadWilayah } from '../src/lib/content/load-wilayah.ts';
import { UserError } from '../src/core/user-error.ts';
import { describeWilayah } from '../src/lib/content/summary.ts';
import { hasErrors, reportProblems } from '../src/lib/problems.ts';
import { reportImages } from '../src/images/report.ts';
import { reportPrintables } from '../posters/report.ts';
import { cacheFlag } from '../src/cli/cache-flag.ts';
import { reportCache } from '../src/build/cache-report.ts';
import { sampleTreeMemory } from '../src/build/tree-memory.ts';

// For the benchmark: timings, peak memory and the day used, as JSON.
const ringkasanFlag: ValueFlag<string | undefined> = {
  placeholder: '<berkas>',
  example: 'ringkasan.json',
  help: 'tulis waktu, memori puncak dan tanggal acuan sebagai JSON ke berkas ini (dipakai npm run bench)',
  read: (raw) => raw,
};

await runCommand({
  name: 'build',
  summary:
    'memeriksa konten, lalu membangun situs, poster, lembar persyaratan dan gambar ke folder hasil. ' +
    'Folder hasil sebelumnya hanya diganti bila semuanya berhasil.',
  flags: {
    konten: kontenFlag,
    keluar: keluarFlag,
    kertas: kertasFlag,
    kecamatan: kecamatanFlag,
    beranda: {
      switch: true,
      help: 'hanya bagian kabupaten di luar folder kecamatan (beranda, 404, robots.txt, sitemap.xml, _headers, _redirects), tanpa PDF dan gambar',
    },
    ringkasan: ringkasanFlag,
    cache: cacheFlag,
  },
  example: '--konten content --keluar dist --kertas a4,f4,a3',
  async run({ konten, keluar, kertas, kecamatan, beranda, ringkasan, cache: cacheDir }) {
    if (beranda && kecamatan !== undefined) {
      throw new UserError('Pilih salah satu: --kecamatan membangun satu kecamatan, --beranda bagian kabupaten saja.');
    }
    if (beranda && !isKabupatenDir(konten)) {
      throw new UserError('--beranda hanya untuk folder kabupaten (berisi kabupaten.yaml); jalankan tanpa --beranda.');
    }
    // Loaded here, not at the top: --help and a mistyped flag answer without loading Astro first.
    const { buildSite } = await import('../src/build/build-site.ts');
    const { MIN_POOLED_JOBS, renderPool } = await import('../src/build/worker-pool.ts');
    const { openRenderCache } = await import('../src/build/render-cache.ts');
    const started = performance.now();
    const memory = ringkasan ? sampleTreeMemory() : undefined;
    process.env.PELITA_CONTENT = konten;
    if (kecamatan) process.env.PELITA_KECAMATAN = kecamatan;
    process.env.ASTRO_TELEMETRY_DISABLED = '1';

    console.log(todayLine());
    console.log('Memeriksa konten…');
    const { wilayah, problems } = await loadWilayah(konten, { kecamatan });
    if (problems.length > 0) console.log(reportProblems(problems));
    if (!wilayah || hasErrors(problems)) {
      console.error('\n✗ Situs tidak dibangun karena ada kesalahan pada konten. Isi dist/ sebelumnya tidak diubah.');
      process.exit(1);
    }
    console.log(`✓ Konten: ${describeWilayah(wilayah)}.`);

    const progress = progressReporter('Membuat');
    const pool = renderPool();
    // A build with enough to draw starts its threads now; they load while the site is built.
    const villagePosters = wilayah.kecamatan.reduce((sum, site) => sum + site.content.desa.length * kertas.length, 0);
    if (!beranda && villagePosters >= MIN_POOLED_JOBS) pool.start();
    const cache = cacheDir ? await openRenderCache(cacheDir) : undefined;
    const summary = await publishAtomically(keluar, (staging) =>
      buildSite({
        wilayah,
        scope: beranda ? 'beranda' : kecamatan !== undefined ? 'kecamatan' : 'semua',
        pool,
        cache,
        outDir: staging,
        kertas,
        log: (line) => {
          progress.done(); // end a progress line drawn in place before the next step's heading
          console.log(line);
        },
        onPosterProgress: progress.update,
        onImageProgress: progress.update,
      }),
    ).finally(() => pool.close());
    progress.done();
    for (const [index, site] of (beranda ? [] : wilayah.kecamatan).entries()) {
      if (wilayah.kabupaten) console.log(`Kecamatan ${site.content.kecamatan.nama} (${site.base}):`);
      const shown = join(keluar, site.base).replace(/\/$/, '');
      for (const line of reportPrintables(summary.printablesOfKecamatan[index]!, site.content, shown)) {
        console.log(line);
      }
    }
    if (!beranda) console.log(reportImages(summary.images, summary.imagesSeconds));
    if (cache) console.log(reportCache(summary, cacheDir!));
    if (ringkasan) {
      // This process with its threads and its child processes (the editor's bundler), sampled.
      const peakMemoryBytes = memory!.stop();
      const record = { ...summary, peakMemoryBytes, today: today(), todaySource: todaySource() };
      await writeFile(ringkasan, JSON.stringify(record, null, 2));
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const made = beranda
      ? 'bagian kabupaten di luar folder kecamatan (beranda, 404, robots.txt, sitemap.xml, _headers, _redirects)'
      : 'situs, poster, lembar persyaratan dan gambar';
    console.log(`✓ Selesai dalam ${seconds} detik: ${keluar}/ berisi ${made}.`);
  },
});
