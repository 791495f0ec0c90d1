// Tells staff which village posters changed since the last release print run, and how, so only those are
// printed again. Compares two records of the same shape (src/lib/printed/print-run.ts).
import type { Cetakan, Pengalihan, PosterTercatat } from '../../schema/index.ts';

const LISTED_VILLAGES = 8;

export function reprintReport(
  last: Cetakan | undefined,
  current: Cetakan,
  pengalihan: readonly Pengalihan[],
): string[] {
  if (!last) return ['Belum ada cetakan rilis yang tercatat, jadi semua poster adalah cetakan pertama.'];
  const moved = new Map(pengalihan.map(({ dari, ke }) => [dari, ke]));
  const before = new Map(last.poster.map((poster) => [poster.desa, poster]));
  const changes = new Map<string, string[]>();
  const unchanged: string[] = [];
  for (const poster of current.poster) {
    const old = before.get(poster.desa) ?? before.get(sourceOf(poster.desa, moved) ?? '');
    const change = old ? describeChange(old, poster, moved) : 'poster baru';
    if (!change) unchanged.push(poster.nama);
    else changes.set(change, [...(changes.get(change) ?? []), poster.nama]);
    if (old) before.delete(old.desa);
  }

  const lines = [`Dibandingkan cetakan rilis ${last.tanggal}:`];
  for (const [change, names] of changes) lines.push(`  Perlu cetak ulang, ${villages(names)}: ${change}.`);
  for (const gone of before.values())
    lines.push(`  Poster ${gone.nama} tidak berlaku lagi; copot dari dinding balai desa.`);
  lines.push(
    unchanged.length ? `  Tidak perlu cetak ulang, ${villages(unchanged)}.` : '  Tidak ada poster yang tetap sama.',
  );
  return lines;
}

function describeChange(
  old: PosterTercatat,
  now: PosterTercatat,
  moved: ReadonlyMap<string, string>,
): string | undefined {
  const oldTitle = new Map(old.layanan.map((item) => [item.alamat, item.judul]));
  const nowTitle = new Map(now.layanan.map((item) => [item.alamat, item.judul]));
  const parts: string[] = [];
  const renamedTo = new Set<string>();
  for (const { alamat, judul } of old.layanan) {
    if (nowTitle.has(alamat)) continue;
    const target = moved.get(alamat);
    if (target && nowTitle.has(target) && !oldTitle.has(target)) {
      renamedTo.add(target);
      parts.push(`«${judul}» pindah alamat ${alamat} → ${target}`);
    } else parts.push(`«${judul}» dihapus`);
  }
  for (const { alamat, judul } of now.layanan) {
    if (!oldTitle.has(alamat) && !renamedTo.has(alamat)) parts.push(`«${judul}» baru`);
    else if (oldTitle.has(alamat) && oldTitle.get(alamat) !== judul)
      parts.push(`judul «${oldTitle.get(alamat)}» menjadi «${judul}»`);
  }
  if (old.nama !== now.nama) parts.push(`nama desa menjadi ${now.nama}`);
  if (old.desa !== now.desa) parts.push(`kode QR desa pindah ${old.desa} → ${now.desa}`);
  if (parts.length === 0 && old.layanan.map((i) => i.alamat).join() !== now.layanan.map((i) => i.alamat).join()) {
    parts.push('urutan layanan berubah');
  }
  return parts.length ? parts.join('; ') : undefined;
}

function sourceOf(path: string, moved: ReadonlyMap<string, string>): string | undefined {
  for (const [dari, ke] of moved) if (ke === path) return dari;
  return undefined;
}

function villages(names: readonly string[]): string {
  const shown = names.slice(0, LISTED_VILLAGES).join(', ');
  const more = names.length > LISTED_VILLAGES ? ` dan ${names.length - LISTED_VILLAGES} lainnya` : '';
  return `${names.length} desa (${shown}${more})`;
}
