// Writes a large, valid content set for the benchmark by repeating the sample services and villages
// under new names and codes: the same shapes staff write, at a scale no kecamatan reaches.
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentPath } from '../../src/lib/content/content-files.ts';

export interface GeneratedSize {
  layanan: number;
  desa: number;
}

export async function generateContent(sampleDir: string, targetDir: string, size: GeneratedSize): Promise<void> {
  const desaDir = contentPath(targetDir, 'desa');
  const layananDir = contentPath(targetDir, 'layanan');
  await mkdir(desaDir, { recursive: true });
  await mkdir(layananDir, { recursive: true });
  await cp(contentPath(sampleDir, 'kecamatan'), contentPath(targetDir, 'kecamatan'));

  const services = await readTexts(contentPath(sampleDir, 'layanan'));
  for (let index = 0; index < size.layanan; index++) {
    const number = String(index + 1).padStart(4, '0');
    const text = services[index % services.length]!.replace(
      /^judul: (.*)$/m,
      (_, judul: string) => `judul: ${judul.replace(/^"|"$/g, '')} ${number}`,
    );
    await writeFile(join(layananDir, `l${number}.md`), text);
  }

  const villages = await readTexts(contentPath(sampleDir, 'desa'));
  for (let index = 0; index < size.desa; index++) {
    const number = String(index + 1).padStart(3, '0');
    const text = villages[index % villages.length]!.replace(
      /^nama: (.*)$/m,
      (_, nama: string) => `nama: ${nama} ${number}`,
    ).replace(/^kode: .*$/m, `kode: "35.16.15.${2001 + index}"`);
    await writeFile(join(desaDir, `desa-${number}.yaml`), text);
  }
}

async function readTexts(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).sort();
  return Promise.all(names.map((name) => readFile(join(dir, name), 'utf8')));
}
