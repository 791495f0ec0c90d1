// Rules that need more than the file being saved, decided in the browser with the page's data: the same
// rules `npm run check` applies (src/lib/content/cross-checks.ts, src/lib/printed/), which still runs on
// every push. `remember` keeps the data current as staff save, so a service added a minute ago counts.
import { checkPrinted } from '../lib/printed/check-printed.ts';
import { checkRedirects } from '../lib/printed/check-redirects.ts';
import { errorIn, type Problem } from '../lib/problems.ts';
import { paths } from '../lib/urls.ts';
import { SLUG, type Pengalihan } from '../schema/index.ts';
import type { EditorData } from './editor-data.ts';
import type { SavedEntry } from './saved-entry.ts';

type Parsed = Record<string, unknown>;

export function crossFileProblems(entry: SavedEntry, parsed: unknown, file: string, data: EditorData): Problem[] {
  const fields = parsed as Parsed;
  switch (entry.kind) {
    case 'layanan':
      return [
        ...takenName(entry, data.layanan, file),
        ...sameAs(
          data.layanan,
          entry.slug,
          'judul',
          fields.judul as string,
          (slug) => `layanan/${slug}.md`,
          data,
          file,
        ),
      ];
    case 'desa':
      return [
        ...takenName(entry, data.desa, file),
        ...sameAs(data.desa, entry.slug, 'kode', fields.kode as string, (slug) => `desa/${slug}.yaml`, data, file),
        ...sameAs(data.desa, entry.slug, 'nama', fields.nama as string, (slug) => `desa/${slug}.yaml`, data, file),
        ...movedDesa(entry.slug, fields.kode as string, data, file),
      ];
    case 'acara':
      return [...takenName(entry, data.acara, file), ...unknownLayanan(fields.layanan as string[], data, file)];
    case 'pengalihan':
      return redirectProblems(parsed as Pengalihan[], data, file);
    default:
      return [];
  }
}

/** After a save: the entry now exists with these values. */
export function remember(entry: SavedEntry, parsed: unknown, data: EditorData): void {
  const fields = parsed as Parsed;
  const upsert = <T extends { slug: string }>(list: T[], item: T) => {
    const index = list.findIndex((other) => other.slug === item.slug);
    if (index >= 0) list[index] = item;
    else list.push(item);
  };
  if (entry.kind === 'layanan') {
    upsert(data.layanan, { slug: entry.slug, judul: fields.judul as string });
    addPage(data, paths.layanan(entry));
  } else if (entry.kind === 'desa') {
    upsert(data.desa, { slug: entry.slug, nama: fields.nama as string, kode: fields.kode as string });
    addPage(data, paths.desa({ kode: fields.kode as string }));
  } else if (entry.kind === 'acara') {
    upsert(data.acara, { slug: entry.slug });
    addPage(data, paths.acara(entry));
  } else if (entry.kind === 'pengalihan') {
    data.pengalihan = (parsed as Pengalihan[]).map((item) => item.dari);
  }
}

function addPage(data: EditorData, path: string): void {
  if (!data.halaman.includes(path)) data.halaman.push(path);
}

/** A new entry's file name is its URL, made from the title: a valid slug, and not one already in use. */
function takenName(entry: SavedEntry, existing: readonly { slug: string }[], file: string): Problem[] {
  if (!entry.newRecord) return [];
  if (!SLUG.test(entry.slug)) {
    return [
      errorIn(file, `nama berkas «${entry.slug}» dibuat dari judul tetapi tidak bisa menjadi alamat; ubah judulnya`),
    ];
  }
  if (!existing.some((other) => other.slug === entry.slug)) return [];
  return [errorIn(file, `nama berkas «${entry.slug}» sudah dipakai; beri judul lain agar nama berkasnya berbeda`)];
}

/** Same rule as the check: names compared without case and spaces. */
function sameAs<T extends { slug: string }>(
  list: readonly T[],
  slug: string,
  key: keyof T & string,
  value: string,
  fileOf: (slug: string) => string,
  data: EditorData,
  file: string,
): Problem[] {
  const normalise = (text: string) => text.toLocaleLowerCase('id').replace(/\s+/g, '');
  const other = list.find((item) => item.slug !== slug && normalise(String(item[key])) === normalise(value));
  if (!other) return [];
  const otherFile = data.folder ? `${data.folder}/${fileOf(other.slug)}` : fileOf(other.slug);
  return [errorIn(file, `sama dengan ${otherFile}; beri ${key} yang membedakan`, { field: `«${key}»` })];
}

/** A village's URL is its code: a new code leaves the old printed URL without a page. */
function movedDesa(slug: string, kode: string, data: EditorData, file: string): Problem[] {
  const before = data.desa.find((item) => item.slug === slug);
  if (!before || before.kode === kode) return [];
  const oldPath = paths.desa(before);
  const printed = data.dicetak.cetakan.some((run) => run.alamat.includes(oldPath));
  if (!printed || data.pengalihan.includes(oldPath)) return [];
  return [
    errorIn(
      file,
      `alamat lama ${oldPath} sudah tercetak di poster; kembalikan kode ${before.kode}, atau tambahkan dulu di Pengalihan alamat butir "dari: ${oldPath}" dengan "ke: ${paths.desa({ kode })}"`,
      { field: '«kode»' },
    ),
  ];
}

function unknownLayanan(slugs: readonly string[] | undefined, data: EditorData, file: string): Problem[] {
  const known = new Set(data.layanan.map((item) => item.slug));
  return (slugs ?? []).flatMap((slug, index) =>
    known.has(slug)
      ? []
      : [
          errorIn(file, `layanan «${slug}» tidak ada; pilih layanan dari daftar`, {
            field: `«layanan» butir ke-${index + 1}`,
          }),
        ],
  );
}

/** The check's own rules on redirects and printed URLs, against the pages the site has. */
function redirectProblems(items: Pengalihan[], data: EditorData, file: string): Problem[] {
  const pages = new Set(data.halaman);
  const redirected = new Set(items.map((item) => item.dari));
  const dicetak = data.folder ? `${data.folder}/dicetak.json` : 'dicetak.json';
  return [
    ...checkRedirects({ file, items, lineOf: () => 0 }, pages),
    ...checkPrinted(
      { file: dicetak, registry: data.dicetak, lineOfPath: () => undefined },
      pages,
      redirected,
      data.situs,
      file,
      data.folder,
    ),
  ];
}
