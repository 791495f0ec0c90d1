// Reads content/acara/: one markdown file per service fair. The folder is optional. Services are named
// by slug, and a slug that is not a service is an error naming it (with the closest existing slug).
import { readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { acaraSchema, type Acara } from '../../schema/acara.ts';
import { SLUG } from '../../schema/fields.ts';
import { galat, type Problem } from '../problems.ts';
import { closestMatch } from '../text/edit-distance.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { parseYaml } from './parse-yaml.ts';
import { readText } from './read-text.ts';
import { validate } from './validate.ts';

export async function loadAcara(
  dir: string,
  show: (path: string) => string,
  layananSlugs: readonly string[],
): Promise<{ acara: Acara[]; problems: Problem[]; files: number }> {
  const problems: Problem[] = [];
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => extname(name) === '.md').sort();
  const acara: Acara[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const file = show(path);
    const slug = name.slice(0, -3);
    if (!SLUG.test(slug)) {
      problems.push(galat(file, `nama berkas "${slug}" tidak bisa dipakai sebagai alamat: gunakan huruf kecil, angka dan tanda hubung saja, misalnya "bazar-2027-02.md"`, { field: 'Nama berkas' }));
      continue;
    }
    const read = await readText(path, file);
    if ('problem' in read) {
      problems.push(read.problem);
      continue;
    }
    const parts = splitFrontmatter(read.text);
    if (!parts) {
      problems.push(galat(file, 'harus diawali baris "---", lalu isian acara, lalu "---" lagi sebelum catatan', { line: 1 }));
      continue;
    }
    const parsed = parseYaml(parts.yaml, file, parts.yamlLineOffset);
    if ('problems' in parsed) {
      problems.push(...parsed.problems);
      continue;
    }
    const checked = validate(acaraSchema, parsed.parsed, file);
    problems.push(...checked.problems);
    if (!checked.data) continue;
    checked.data.layanan.forEach((ref, index) => {
      if (layananSlugs.includes(ref)) return;
      const saran = closestMatch(ref, layananSlugs);
      const hint = saran ? `; mungkin maksudnya "${saran}"?` : '; tulis nama berkas layanan di content/layanan tanpa .md';
      problems.push(galat(file, `"${ref}" bukan layanan yang ada${hint}`, { line: parsed.parsed.lineOf(['layanan', index]), field: `«layanan» butir ke-${index + 1}` }));
    });
    acara.push({ ...checked.data, slug, catatan: parts.body.trim() });
  }
  // `files` lets callers tell a file that failed to load (its page unknown) from a wrong reference.
  return { acara, problems, files: names.length };
}
