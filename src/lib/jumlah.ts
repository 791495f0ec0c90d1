// What a resident reads about how many of a document to bring. Staff write a count of copies (2) or
// their own words ("1 asli dan 1 fotokopi"); a count is read in sheets, words are shown as written.
import type { Dokumen } from '../schema/index.ts';

/** "2 lembar" for a count, the staff's text for words, undefined when the file says nothing. */
export function jumlahText(jumlah: Dokumen['jumlah']): string | undefined {
  if (jumlah === undefined) return undefined;
  return typeof jumlah === 'number' ? `${jumlah} lembar` : jumlah;
}

/**
 * The same for a checklist line on the site, which leaves out a single copy: "1 lembar" beside every
 * document says nothing a resident does not assume. Words are always shown.
 */
export function jumlahOnChecklist(jumlah: Dokumen['jumlah']): string | undefined {
  return jumlah === 1 ? undefined : jumlahText(jumlah);
}
