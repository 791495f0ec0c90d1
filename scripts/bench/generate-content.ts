// Writes a large, valid content set for the benchmark by repeating the sample services and villages
// under new names and codes: the same shapes staff write, at a scale no kecamatan reaches.
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface GeneratedSize {
  layanan: number;
  desa: number;
}

export async function generateContent(sampleDir: string, targetDir: string, size: GeneratedSize): Promise<void> {
  await mkdir(join(targetDir, 'desa'), { recursive: true });
  await mkdir(join(targetDir, 'layanan'), { recursive: true });
  await cp(join(sampleDir, 'kecamatan.yaml'), join(targetDir, 'kecamatan.yaml'));

  const services = await readTexts(join(sampleDir, 'layanan'));
  for (let index = 0; index < size.layanan; index++) {
    const number = String(index + 1).padStart(4, '0');
    const text = services[index % services.length]!.replace(
      /^judul: (.*)$/m,
      (_, judul: string) => `judul: ${judul.replace(/^"|"$/g, '')} ${number}`,
    );
    await writeFile(join(targetDir, 'layanan', `l${number}.md`), text);
  }

  const villages = await readTexts(join(sampleDir, 'desa'));
  for (let index = 0; index < size.desa; index++) {
    const number = String(index + 1).padStart(3, '0');
    const text = villages[index % villages.length]!.replace(
      /^nama: (.*)$/m,
      (_, nama: string) => `nama: ${nama} ${number}`,
    ).replace(/^kode: .*$/m, `kode: "35.16.15.${2001 + index}"`);
    await writeFile(join(targetDir, 'desa', `desa-${number}.yaml`), text);
  }
}

async function readTexts(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).sort();
  return Promise.all(names.map((name) => readFile(join(dir, name), 'utf8')));
}
