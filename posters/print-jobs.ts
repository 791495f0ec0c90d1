// A print job: one PDF file described as plain data (what it shows and its metadata, nothing else), so
// that it can be rendered in this process or in a worker thread, and so that its cache key is exactly
// the content the file depends on. A village poster carries only the titles and addresses of its
// services: editing a service's requirements changes its sheets, never a village poster.
import { formatKabupatenName } from '../src/lib/kabupaten-name.ts';
import { formatDesaName } from '../src/lib/desa-name.ts';
import { paths, type Kertas } from '../src/lib/urls.ts';
import type { Acara, Desa, Kecamatan, Layanan } from '../src/schema/index.ts';
import { PAPERS } from './paper.ts';
import type { PdfMetadata } from './pdf-file.ts';
import type { SheetPrint } from './sheet-layout.ts';

interface JobBase {
  /** Path under the output folder, without a leading slash. */
  path: string;
  /** What the progress line shows. */
  label: string;
  metadata: PdfMetadata;
}

export interface VillagePosterJob extends JobBase {
  kind: 'poster-desa';
  kertas: Kertas;
  kecamatan: Kecamatan;
  layanan: Pick<Layanan, 'slug' | 'judul'>[];
  desa: Desa;
  printedOn: string;
}

/** The file with every village's poster in one paper size, and the posters it is made of. */
export interface AllVillagesFile extends JobBase {
  kind: 'poster-semua';
  kertas: Kertas;
  posters: VillagePosterJob[];
}

/**
 * A kecamatan's village posters in every paper size: each village's own files and the all-villages files,
 * made in one job so that no poster is drawn twice and each desa's code and words are worked out once for
 * every size (posters/village-posters.ts).
 */
export interface VillagePostersJob {
  kind: 'poster-desa-semua';
  papers: AllVillagesFile[];
}

export interface SheetJob extends JobBase {
  kind: 'lembar' | 'lembar-besar';
  kecamatan: Kecamatan;
  layanan: Layanan;
}

export interface EventPosterJob extends JobBase {
  kind: 'poster-acara';
  kecamatan: Kecamatan;
  acara: Acara;
  layanan: Pick<Layanan, 'slug' | 'judul'>[];
  printedOn: string;
}

export type PrintJob = VillagePosterJob | VillagePostersJob | SheetJob | EventPosterJob;

/** A file a job makes: the one file of most jobs, or a paper size's all-villages file. */
export type PrintFile = Exclude<PrintJob, VillagePostersJob> | AllVillagesFile;

/**
 * How much drawing a job is, in village posters or sheets: the worker pool hands out work by it, so one
 * thread does not get sixteen kecamatan's posters at once.
 */
export function printJobWeight(job: PrintJob): number {
  return job.kind === 'poster-desa-semua' ? job.papers.reduce((sum, paper) => sum + paper.posters.length, 0) : 1;
}

export interface JobSettings {
  kecamatan: Kecamatan;
  /** The print-run date, YYYY-MM-DD, and as residents read it. */
  printedIso: string;
  printedOn: string;
}

const titled = ({ slug, judul }: Pick<Layanan, 'slug' | 'judul'>) => ({ slug, judul });
const trim = (path: string) => path.replace(/^\//, '');
const authorOf = (kecamatan: Kecamatan) => `Kecamatan ${kecamatan.nama}, ${formatKabupatenName(kecamatan)}`;

export function villagePosterJobs(
  settings: JobSettings,
  desa: readonly Desa[],
  shown: readonly Layanan[],
  kertas: Kertas,
): VillagePosterJob[] {
  const { kecamatan, printedIso, printedOn } = settings;
  const paper = PAPERS[kertas];
  const layanan = shown.map(titled);
  return desa.map((village) => ({
    kind: 'poster-desa',
    path: trim(paths.posterDesa(village, kertas)),
    label: `poster ${village.nama} (${paper.label})`,
    metadata: {
      title: `Poster QR ${formatDesaName(village)} — Kecamatan ${kecamatan.nama} (${paper.label})`,
      subject: posterSubject(kecamatan, kertas),
      author: authorOf(kecamatan),
      date: printedIso,
    },
    kertas,
    kecamatan,
    layanan,
    desa: village,
    printedOn,
  }));
}

/** Every village's poster in each paper size, and the files with all of them. */
export function villagePostersJob(
  settings: JobSettings,
  desa: readonly Desa[],
  shown: readonly Layanan[],
  kertas: readonly Kertas[],
): VillagePostersJob {
  return { kind: 'poster-desa-semua', papers: kertas.map((size) => allVillagesFile(settings, desa, shown, size)) };
}

function allVillagesFile(
  settings: JobSettings,
  desa: readonly Desa[],
  shown: readonly Layanan[],
  kertas: Kertas,
): AllVillagesFile {
  const { kecamatan } = settings;
  const paper = PAPERS[kertas];
  return {
    kind: 'poster-semua',
    path: trim(paths.posterSemua(kertas)),
    label: `poster semua desa (${paper.label})`,
    metadata: {
      title: `Poster QR semua desa — Kecamatan ${kecamatan.nama} (${paper.label})`,
      subject: posterSubject(kecamatan, kertas),
      author: authorOf(kecamatan),
      date: settings.printedIso,
    },
    kertas,
    posters: villagePosterJobs(settings, desa, shown, kertas),
  };
}

function posterSubject(kecamatan: Kecamatan, kertas: Kertas): string {
  return `Poster QR persyaratan layanan Kecamatan ${kecamatan.nama}, kertas ${PAPERS[kertas].label}`;
}

export function sheetJobs(settings: JobSettings, layanan: readonly Layanan[]): SheetJob[] {
  const { kecamatan } = settings;
  return layanan.flatMap((service) =>
    (['normal', 'large'] as const).map((print): SheetJob => {
      const large = print === 'large';
      return {
        kind: large ? 'lembar-besar' : 'lembar',
        path: trim(large ? paths.lembarBesar(service) : paths.lembar(service)),
        label: `lembar ${large ? 'huruf besar ' : ''}${service.judul}`,
        metadata: {
          title: `Lembar Persyaratan${large ? ' (huruf besar)' : ''}: ${service.judul} — Kecamatan ${kecamatan.nama}`,
          subject: service.ringkasan,
          author: authorOf(kecamatan),
          date: service.diperbarui,
        },
        kecamatan,
        layanan: service,
      };
    }),
  );
}

export function eventPosterJobs(
  settings: JobSettings,
  acara: readonly Acara[],
  layanan: readonly Layanan[],
): EventPosterJob[] {
  const { kecamatan, printedIso, printedOn } = settings;
  return acara.map((item) => ({
    kind: 'poster-acara',
    path: trim(paths.posterAcara(item)),
    label: `poster ${item.judul}`,
    metadata: {
      title: `Poster ${item.judul} — Kecamatan ${kecamatan.nama}`,
      subject: item.lokasi,
      author: authorOf(kecamatan),
      date: printedIso,
    },
    kecamatan,
    acara: item,
    // Only the services the fair offers: another service's new title does not redraw this poster.
    layanan: layanan.filter((service) => item.layanan.includes(service.slug)).map(titled),
    printedOn,
  }));
}

/** What a job's file is to the sheet renderer: normal or large print. */
export function sheetPrint(job: SheetJob): SheetPrint {
  return job.kind === 'lembar-besar' ? 'large' : 'normal';
}
