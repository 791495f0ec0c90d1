// Keeps the promise of every printed URL: each path in content/dicetak.json must still be a page, or be
// redirected by content/pengalihan.yaml. Otherwise a QR code on a village-hall wall leads nowhere.
import { absoluteUrl, pathTarget, printableUrl } from '../urls.ts';
import type { Dicetak } from '../../schema/index.ts';
import { errorIn, warningIn, type Problem } from '../problems.ts';

/** content/dicetak.json as the content loader hands it over (an absent file: no print runs). */
export interface RegistryFile {
  file: string;
  registry: Dicetak;
  /** The first file line that mentions `path`, so a message can point at it. */
  lineOfPath: (path: string) => number | undefined;
}

export function checkPrinted(
  registry: RegistryFile,
  pages: ReadonlySet<string>,
  redirected: ReadonlySet<string>,
  situs: string,
  pengalihanFile: string,
  /** The content folder as staff see it, e.g. "content", to name the file to restore. */
  shownDir: string,
): Problem[] {
  const { file, registry: data, lineOfPath } = registry;
  const problems: Problem[] = [];
  const firstRun = new Map<string, string>();
  for (const run of data.cetakan)
    for (const path of run.alamat) if (!firstRun.has(path)) firstRun.set(path, run.tanggal);

  for (const [path, tanggal] of firstRun) {
    if (pages.has(path) || redirected.has(path)) continue;
    const printed = printableUrl(absoluteUrl(situs, path));
    problems.push(
      errorIn(
        file,
        `alamat ${printed} sudah tercetak di poster atau lembar (cetakan ${tanggal}), tetapi halamannya tidak ada lagi. ` +
          `${restoreHint(path, shownDir)}, atau tambahkan di ${pengalihanFile} butir "- dari: ${path}" dengan "ke:" alamat penggantinya`,
        { line: lineOfPath(path) },
      ),
    );
  }

  const last = data.cetakan.at(-1);
  if (last && last.situs !== situs) {
    problems.push(
      warningIn(
        file,
        `cetakan terakhir (${last.tanggal}) memakai alamat situs ${last.situs}, sekarang ${situs}; ` +
          `kode QR di poster lama hanya berfungsi bila alamat lama diteruskan ke alamat baru oleh pengelola server`,
      ),
    );
  }
  return problems;
}

/** What to put back, in the words of the content folder: the file name or the code is the address. */
function restoreHint(path: string, shownDir: string): string {
  const target = pathTarget(path);
  if (target?.kind === 'layanan' || target?.kind === 'acara') {
    return `Kembalikan berkas ${shownDir}/${target.kind}/${target.slug}.md (nama berkas adalah alamatnya)`;
  }
  if (target?.kind === 'desa') return `Kembalikan desa berkode "${target.kode}" (kode adalah alamatnya)`;
  return 'Kembalikan halamannya';
}
