// Every village of a kabupaten's kecamatan carries the kabupaten's code: 35.16.15.2005 lies in 35.16
// (Kabupaten Mojokerto), never in 35.76 (Kota Mojokerto). A village folder copied from the wrong
// kabupaten would otherwise publish posters for villages the site does not serve.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { kabupatenName, type Desa, type Kabupaten } from '../../schema/index.ts';
import { errorIn, type Problem } from '../problems.ts';
import { contentFiles, contentPath } from './content-files.ts';
import type { ShowPath } from './display-path.ts';

export async function checkKabupatenKode(
  kabupaten: Kabupaten,
  kecamatanDir: string,
  desa: readonly Desa[],
  show: ShowPath,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const village of desa) {
    if (village.kode.startsWith(`${kabupaten.kode}.`)) continue;
    const file = desaFile(kecamatanDir, village.slug);
    const line = file ? await kodeLine(file) : undefined;
    problems.push(
      errorIn(
        file ? show(file) : show(contentPath(kecamatanDir, 'desa')),
        `${village.kode} bukan kode wilayah di ${kabupatenName(kabupaten)} (${kabupaten.kode}); periksa kodenya, atau pindahkan berkas ini ke folder kabupaten yang benar`,
        { line, field: '«kode»' },
      ),
    );
  }
  return problems;
}

/** The village's file: its slug with one of the folder's extensions. */
function desaFile(kecamatanDir: string, slug: string): string | undefined {
  return Object.keys(contentFiles.desa.formats)
    .map((extension) => join(contentPath(kecamatanDir, 'desa'), `${slug}${extension}`))
    .find((path) => existsSync(path));
}

async function kodeLine(file: string): Promise<number | undefined> {
  const index = (await readFile(file, 'utf8')).split(/\r?\n/).findIndex((text) => /^kode\s*:/.test(text));
  return index === -1 ? undefined : index + 1;
}
