// The content as Astro pages see it: what the loader has checked (src/lib/content, handed over by the
// build), put in reading order: every kecamatan of the build with its path, and the kabupaten when the
// content root is one. No Astro content collections: they only validated and stored the same entries again.
import type { Content, Kabupaten } from './schema/index.ts';
import { getWilayah } from './lib/content/cached.ts';
import { restParam } from './lib/routes.ts';
import { sortPeriode } from './lib/skm/periode.ts';

export interface SiteKecamatan {
  /** Its path under the site's base: "/" for a lone kecamatan, "/magersari/" in a kabupaten. */
  base: string;
  /** Its content folder, for what pages read beside the content (its dicetak.json). */
  dir: string;
  data: Content;
}

export interface SiteSet {
  kabupaten?: Kabupaten;
  kecamatan: SiteKecamatan[];
}

let loaded: Promise<SiteSet> | undefined;

export function loadSiteSet(): Promise<SiteSet> {
  loaded ??= readSiteSet();
  return loaded;
}

/** The Astro rest parameter that puts a kecamatan's page under its path: undefined for "/". */
export function kecamatanParam(base: string): string | undefined {
  return restParam(base) || undefined;
}

/** getStaticPaths of a page that every kecamatan has once (kiosk, offline, manifest …). */
export async function everyKecamatan() {
  const { kecamatan } = await loadSiteSet();
  return kecamatan.map(({ base, data }) => ({ params: { kecamatan: kecamatanParam(base) }, props: { data } }));
}

/** The same, with the kecamatan's content folder, for staff pages that read files beside the content. */
export async function everyKecamatanFolder() {
  const { kecamatan } = await loadSiteSet();
  return kecamatan.map(({ base, dir, data }) => ({
    params: { kecamatan: kecamatanParam(base) },
    props: { data, dir },
  }));
}

async function readSiteSet(): Promise<SiteSet> {
  const wilayah = await getWilayah();
  const kecamatan = wilayah.kecamatan.map(({ base, dir, content }) => {
    const data: Content = {
      kecamatan: content.kecamatan,
      layanan: [...content.layanan].sort((a, b) => a.judul.localeCompare(b.judul, 'id')),
      desa: [...content.desa].sort((a, b) => a.nama.localeCompare(b.nama, 'id')),
      skm: sortPeriode([...content.skm]),
      acara: [...content.acara].sort((a, b) => a.tanggal.localeCompare(b.tanggal)),
      pengalihan: content.pengalihan,
      sinonim: content.sinonim,
    };
    return { base, dir, data };
  });
  return { ...(wilayah.kabupaten ? { kabupaten: wilayah.kabupaten } : {}), kecamatan };
}
