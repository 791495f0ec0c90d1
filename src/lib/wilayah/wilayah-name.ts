// Display names of the register's areas. The Kepmendagri list is mostly written as names are on official
// lists ("Kemlagi", "Kabupaten Mojokerto"), but older and other sources write whole names in capitals
// ("KOTA MOJOKERTO"), the CSV carries a few odd spellings (a double quote for the apostrophe of Madurese
// names: `Soka"an`, "Konda/ Kondaga"), and a few words start in lower case ("Cibal barat"). These are
// normalised the way official lists print them; roman numerals and acronyms stay in capitals.

/** Words that stay lower case inside a name, as in "Pangkajene dan Kepulauan". */
const LOWER_WORDS = new Set(['dan', 'di', 'ke', 'x']);
const ROMAN = /^[IVXLC]+$/;

/** Most names need nothing: words that start with a capital or digit, single spaces, no quote or slash. */
const ALREADY_FINE = /^[A-Z0-9][^\s"“”’`/]*(?: [A-Z0-9(][^\s"“”’`/]*)*$/;

export function formatWilayahName(raw: string): string {
  if (ALREADY_FINE.test(raw) && !raw.endsWith('.') && /\p{Ll}/u.test(raw)) return raw;
  const spaced = raw
    .replace(/["“”’`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    // "Konda/ Kondaga" → "Konda/Kondaga"; "Pulo Lon / Pulo Dayah" keeps its spaces on both sides.
    .replace(/(\S)\/ (?=\S)/g, '$1/')
    .replace(/(\S) \/(?=\S)/g, '$1/')
    // A full stop that ends a name is a typing slip ("Air Sialang Hilir."), unless it ends an abbreviation.
    .replace(/([a-z]{3,})\.$/, '$1');
  const shouting = !/\p{Ll}/u.test(spaced);
  return spaced
    .split(' ')
    .map((word, index) => formatWord(word, index, shouting))
    .join(' ');
}

function formatWord(word: string, index: number, shouting: boolean): string {
  if (ROMAN.test(word.replace(/[.,]$/, ''))) return word;
  if (index > 0 && LOWER_WORDS.has(word.toLowerCase())) return word.toLowerCase();
  if (shouting) {
    // An acronym (MKCM, RD., PJKA) has no vowel or starts with three consonants, as no Indonesian word does.
    if (!/[AEIOU]/.test(word) || /^[B-DF-HJ-NP-TV-Z]{3}/.test(word)) return word;
    word = word.toLowerCase();
  }
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export type JenisKabupaten = 'kabupaten' | 'kota';

/**
 * "Kabupaten Mojokerto" → { jenis: 'kabupaten', nama: 'Mojokerto' }; "KOTA MOJOKERTO" → kota, "Mojokerto".
 * Content writes a kabupaten by its name alone (`kabupaten: Mojokerto`); pages add the word in front.
 */
export function splitKabupatenName(raw: string): { jenis: JenisKabupaten; nama: string } {
  const name = formatWilayahName(raw);
  const match = /^(Kabupaten|Kota|Kab\.)\s+(.+)$/i.exec(name);
  if (!match) return { jenis: 'kabupaten', nama: name };
  return { jenis: match[1]!.toLowerCase() === 'kota' ? 'kota' : 'kabupaten', nama: match[2]! };
}
