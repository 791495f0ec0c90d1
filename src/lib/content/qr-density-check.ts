// A printed address must fit a QR code of version 4 at level M (src/lib/qr-plan.ts): a denser code has
// smaller modules that cheap phone cameras fail to read from across a balai desa. The build reports a
// denser code after drawing it; this warns staff at `check`, in the file whose name makes the address
// long, before anything is printed.
import type { Acara, Desa, Layanan } from '../../schema/index.ts';
import { warningIn, type Problem } from '../problems.ts';
import { MAX_COMFORTABLE_VERSION, versionAtLevelM } from '../qr-plan.ts';
import { absoluteUrl, isPlaceholderSitus, paths } from '../urls.ts';
import type { Located } from './cross-checks.ts';

export interface PrintedEntries {
  situs: string | undefined;
  /** Where «situs» is set (kecamatan.yaml, or kabupaten.yaml for an inherited one). */
  kecamatanFile: string;
  desa: readonly Located<Desa>[];
  layanan: readonly Located<Layanan>[];
  acara: readonly Located<Acara>[];
}

export function checkPrintedAddressLengths({ situs, kecamatanFile, desa, layanan, acara }: PrintedEntries): Problem[] {
  // A placeholder address is replaced before a release print; its length says nothing about the real one.
  if (!situs || isPlaceholderSitus(situs)) return [];
  const problems: Problem[] = [];
  // Village addresses all have the same length (the code has a fixed length): only a shorter site
  // address helps, so one warning on the file that sets it, showing the longest.
  const village = desa
    .map(({ entry }) => absoluteUrl(situs, paths.desa(entry)))
    .reduce<string | undefined>((longest, url) => (!longest || url.length > longest.length ? url : longest), undefined);
  if (village && tooDense(village)) {
    problems.push(
      warningIn(kecamatanFile, `${denseCode(village)}. Pendekkan alamat situs sebelum mencetak`, { field: '«situs»' }),
    );
  }
  const named = [
    ...layanan.map(({ entry, file }) => ({ file, url: absoluteUrl(situs, paths.layanan(entry)) })),
    ...acara.map(({ entry, file }) => ({ file, url: absoluteUrl(situs, paths.acara(entry)) })),
  ];
  for (const { file, url } of named.filter(({ url }) => tooDense(url))) {
    problems.push(
      warningIn(
        file,
        `${denseCode(url)}. Pendekkan nama berkasnya sebelum mencetak (bila alamat ini sudah pernah dicetak, ` +
          'tambahkan pengalihan dari alamat lama)',
      ),
    );
  }
  return problems;
}

function tooDense(url: string): boolean {
  return versionAtLevelM(url) > MAX_COMFORTABLE_VERSION;
}

function denseCode(url: string): string {
  return (
    `alamat yang dicetak di poster, ${url}, terlalu panjang untuk kode QR versi ${MAX_COMFORTABLE_VERSION}: ` +
    'kodenya menjadi rapat dan sulit dipindai dari jauh'
  );
}
