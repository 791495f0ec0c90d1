// Every service page describes itself to search engines as schema.org JSON-LD, read here the way a
// crawler reads it: by a real JSON-LD processor (jsonld.js), which expands every term to its full
// schema.org IRI and resolves the @id links between nodes. The schema.org context comes from a local
// file (tests/fixtures/schema-org/), so the test never goes online.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import jsonld from 'jsonld';
import type { JsonLd, JsonLdObj as NodeObject, RemoteDocument } from 'jsonld/jsonld-spec';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadContentOrThrow } from '../../src/lib/content/load-content.ts';
import { dokumenFor, keperluanId } from '../../src/lib/keperluan.ts';
import { jsonForScript } from '../../src/lib/structured-data.ts';
import { isGratis } from '../../src/lib/tidak-perlu.ts';
import { absoluteUrl, paths } from '../../src/lib/urls.ts';
import type { Content, Layanan } from '../../src/schema/index.ts';
import { readPage } from '../support/dist.ts';
import { SITE_CONTENT } from '../support/content-dir.ts';

const distDir = inject('distDir');
const S = 'http://schema.org/';
const CONTEXT = join(import.meta.dirname, '../fixtures/schema-org/context.jsonld');

let content: Content;
let schemaContext: JsonLd;
beforeAll(async () => {
  content = await loadContentOrThrow(SITE_CONTENT);
  schemaContext = JSON.parse(await readFile(CONTEXT, 'utf8'));
});

// Only the schema.org context may be loaded; anything else would be a request to the network.
const documentLoader = async (url: string): Promise<RemoteDocument> => {
  if (!/^https?:\/\/schema\.org\/?$/.test(url)) throw new Error(`tidak boleh mengambil ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: schemaContext };
};

/** The page's JSON-LD, flattened: every node by its @id, every value expanded. */
async function graphOf(layanan: Pick<Layanan, 'slug'>) {
  const page = await readPage(distDir, paths.layanan(layanan));
  const scripts = page.querySelectorAll('head script[type="application/ld+json"]');
  expect(scripts).toHaveLength(1);
  // Without a context to compact to, flatten returns the expanded nodes (@types/jsonld predates that).
  const flat = (await jsonld.flatten(JSON.parse(scripts[0]!.text), undefined, {
    documentLoader,
  })) as unknown as NodeObject[];
  const byId = new Map(flat.map((node) => [node['@id'] as string, node]));
  const values = (node: NodeObject, property: string) => (node[S + property] ?? []) as NodeObject[];
  const linked = (node: NodeObject, property: string) =>
    values(node, property).map((value) => byId.get(value['@id'] as string)!);
  const text = (node: NodeObject, property: string) => values(node, property).map((value) => value['@value']);
  const ofType = (type: string) => flat.filter((node) => (node['@type'] as string[] | undefined)?.includes(S + type));
  return { flat, linked, text, ofType, values };
}

describe('data terstruktur untuk mesin pencari', () => {
  it('names every service, its page, its kind and what it produces', async () => {
    for (const layanan of content.layanan) {
      const { ofType, text, linked, values } = await graphOf(layanan);
      const services = ofType('GovernmentService');
      expect(services, layanan.slug).toHaveLength(1);
      const service = services[0]!;
      expect(text(service, 'name')).toEqual([layanan.judul]);
      expect(text(service, 'description')).toEqual([layanan.ringkasan]);
      expect(values(service, 'url')).toEqual([{ '@id': absoluteUrl(content.kecamatan.situs, paths.layanan(layanan)) }]);
      expect(text(service, 'serviceType')).toEqual([layanan.kategori]);
      expect(linked(service, 'serviceOutput').flatMap((output) => text(output, 'name'))).toEqual([layanan.produk]);
    }
  });

  it('gives the kecamatan office as provider, with address, telephone and site, and the issuing office too', async () => {
    const { kecamatan } = content;
    for (const layanan of content.layanan) {
      const { ofType, linked, text, values } = await graphOf(layanan);
      const providers = linked(ofType('GovernmentService')[0]!, 'provider');
      for (const provider of providers) expect(provider['@type']).toEqual([`${S}GovernmentOrganization`]);
      const office = providers.find((provider) => text(provider, 'name')[0] === `Kecamatan ${kecamatan.nama}`)!;
      expect(text(office, 'telephone')).toEqual([kecamatan.telepon]);
      expect(values(office, 'url')).toEqual([{ '@id': kecamatan.situs }]);
      const [address] = linked(office, 'address');
      expect(address!['@type']).toEqual([`${S}PostalAddress`]);
      expect(text(address!, 'streetAddress')).toEqual([kecamatan.alamat]);
      expect(text(address!, 'addressCountry')).toEqual(['ID']);
      const issuers = providers.filter((provider) => provider !== office).flatMap((provider) => text(provider, 'name'));
      // "Dinas … Kabupaten Mojokerto (berkas dapat diajukan melalui kecamatan)": the name, without the note.
      expect(issuers, layanan.slug).toEqual(layanan.penerbit ? [layanan.penerbit.replace(/\s*\(.*\)$/, '')] : []);
    }
    const kk = await graphOf({ slug: 'kk' });
    expect(kk.ofType('GovernmentOrganization').flatMap((node) => kk.text(node, 'name'))).toContain(
      'Dinas Kependudukan dan Pencatatan Sipil Kabupaten Mojokerto',
    );
  });

  it('serves the kecamatan as an administrative area within the kabupaten', async () => {
    const { ofType, linked, text } = await graphOf({ slug: 'sktm' });
    const [area] = linked(ofType('GovernmentService')[0]!, 'areaServed');
    expect(area!['@type']).toEqual([`${S}AdministrativeArea`]);
    expect(text(area!, 'name')).toEqual([`Kecamatan ${content.kecamatan.nama}`]);
    const [kabupaten] = linked(area!, 'containedInPlace');
    expect(kabupaten!['@type']).toEqual([`${S}AdministrativeArea`]);
    expect(text(kabupaten!, 'name')).toEqual([`Kabupaten ${content.kecamatan.kabupaten}`]);
  });

  it('lists the documents and the steps as a HowTo, one per case that opens the case', async () => {
    for (const layanan of content.layanan) {
      const { ofType, linked, text, values } = await graphOf(layanan);
      const page = absoluteUrl(content.kecamatan.situs, paths.layanan(layanan));
      const howTos = linked(ofType('GovernmentService')[0]!, 'subjectOf');
      const expected =
        layanan.keperluan.length === 0
          ? [{ url: page, dokumen: layanan.persyaratan }]
          : layanan.keperluan.map((keperluan) => ({
              url: `${page}#${keperluanId(keperluan)}`,
              dokumen: dokumenFor(layanan, keperluan),
            }));
      expect(howTos.map((howTo) => howTo['@type'])).toEqual(expected.map(() => [`${S}HowTo`]));
      expect(howTos.map((howTo) => values(howTo, 'url')[0]!['@id'])).toEqual(expected.map((item) => item.url));
      for (const [index, howTo] of howTos.entries()) {
        // JSON-LD lists are sets: the documents are compared as a set, the steps by their position.
        const supplies = linked(howTo, 'supply');
        for (const supply of supplies) expect(supply['@type']).toEqual([`${S}HowToSupply`]);
        expect(supplies.flatMap((supply) => text(supply, 'name')).sort()).toEqual(
          expected[index]!.dokumen.map((dokumen) => dokumen.dokumen).sort(),
        );
        const steps = linked(howTo, 'step').sort(
          (a, b) => Number(text(a, 'position')[0]) - Number(text(b, 'position')[0]),
        );
        for (const step of steps) expect(step['@type']).toEqual([`${S}HowToStep`]);
        expect(steps.flatMap((step) => text(step, 'text'))).toEqual(layanan.prosedur);
      }
    }
  });

  it('names the case in its HowTo, with the common documents first', async () => {
    const { ofType, text, linked } = await graphOf({ slug: 'kk' });
    const pisah = ofType('HowTo').find((howTo) =>
      String(text(howTo, 'name')[0]).endsWith(': Pisah KK (membuat KK sendiri dari KK orang tua)'),
    )!;
    expect(linked(pisah, 'supply').flatMap((supply) => text(supply, 'name'))).toEqual([
      'KTP-el kepala keluarga',
      'Kartu Keluarga (KK) lama, tempat nama Anda tercantum sekarang',
      'Buku nikah atau akta perkawinan',
    ]);
  });

  it('says a free service costs nothing, and says nothing of cost for the others', async () => {
    for (const layanan of content.layanan) {
      const { ofType, linked, text } = await graphOf(layanan);
      const offers = linked(ofType('GovernmentService')[0]!, 'offers');
      const costs = ofType('HowTo').flatMap((howTo) => linked(howTo, 'estimatedCost'));
      if (isGratis(layanan.biaya)) {
        expect(offers.map((offer) => [offer['@type'], text(offer, 'price'), text(offer, 'priceCurrency')])).toEqual([
          [[`${S}Offer`], [0], ['IDR']],
        ]);
        for (const cost of costs) expect([text(cost, 'value'), text(cost, 'currency')]).toEqual([[0], ['IDR']]);
      } else {
        expect([offers, costs], layanan.slug).toEqual([[], []]);
      }
    }
    expect(content.layanan.some((layanan) => !isGratis(layanan.biaya))).toBe(true);
  });

  it('writes JSON that no content can break out of', () => {
    const written = jsonForScript({ name: 'Surat </script><script>alert(1)</script> \u2028 <!-- x' });
    expect(written).not.toMatch(/<|\u2028/);
    expect(JSON.parse(written).name).toBe('Surat </script><script>alert(1)</script> \u2028 <!-- x');
  });
});
