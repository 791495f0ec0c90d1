// The content as Astro pages see it, read from the content collections and put in reading order.
import { getCollection, getEntry } from 'astro:content';
import type { Content } from './schema/index.ts';
import { getContent } from './lib/content/cached.ts';
import { sortPeriode } from './lib/skm/periode.ts';

export async function loadSiteData(): Promise<Content> {
  const kecamatan = (await getEntry('kecamatan', 'kecamatan'))!.data;
  const layanan = (await getCollection('layanan'))
    .map((entry) => entry.data)
    .sort((a, b) => a.judul.localeCompare(b.judul, 'id'));
  const desa = (await getCollection('desa'))
    .map((entry) => entry.data)
    .sort((a, b) => a.nama.localeCompare(b.nama, 'id'));
  const skm = sortPeriode((await getCollection('skm')).map((entry) => entry.data));
  const acara = (await getCollection('acara'))
    .map((entry) => entry.data)
    .sort((a, b) => a.tanggal.localeCompare(b.tanggal));
  // Redirects and synonyms are not collections: no page shows them as content; routes and search use them.
  const { pengalihan, sinonim } = await getContent();
  return { kecamatan, layanan, desa, skm, acara, pengalihan, sinonim };
}
