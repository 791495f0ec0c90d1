// A service page's description for search engines: schema.org JSON-LD, so that "syarat KK Kemlagi" finds
// the page. schema.org has no property for "documents to bring" on a Service, so the documents and
// steps are a HowTo (a CreativeWork about the service): each document a HowToSupply, each step a
// HowToStep. A service with cases has one HowTo per case, whose documents are the common ones then the
// case's (dokumenFor) and whose url opens that case. Each HowTo is complete in itself (no @id
// references to resolve), which costs little: gzip shrinks the repeated steps to almost nothing. That
// the service is free is an Offer at price 0 (isAccessibleForFree is for CreativeWork, Event and Place,
// not Service) and the HowTo's estimatedCost. Types come from schema-dts, so a property on the wrong
// type does not compile.
import { formatKabupatenName } from './kabupaten-name.ts';
import type {
  AdministrativeArea,
  GovernmentOrganization,
  GovernmentService,
  Graph,
  HowTo,
  HowToStep,
  HowToSupply,
  MonetaryAmount,
  Thing,
} from 'schema-dts';
import type { Dokumen, Kecamatan, Layanan } from '../schema/index.ts';
import { dokumenFor } from './keperluan.ts';
import { isGratis } from './tidak-perlu.ts';
import { absoluteUrl, paths } from './urls.ts';

export function structuredData(kecamatan: Kecamatan, layanan: Layanan): Graph {
  const page = absoluteUrl(kecamatan.situs, paths.layanan(layanan));
  const home = absoluteUrl(kecamatan.situs, paths.home());
  const ids = { layanan: `${page}#layanan`, kecamatan: `${home}#kecamatan`, wilayah: `${home}#wilayah` };
  const gratis = isGratis(layanan.biaya);
  // A case's HowTo is named by the case's own URL; a service without cases has one, #cara.
  const howTo = (id: string, name: string, url: string, dokumen: readonly Dokumen[]): HowTo => ({
    '@type': 'HowTo',
    '@id': id,
    name,
    url,
    about: { '@id': ids.layanan },
    supply: dokumen.map(supply),
    step: layanan.prosedur.map((text, index): HowToStep => ({ '@type': 'HowToStep', position: index + 1, text })),
    ...(gratis ? { estimatedCost: rupiah(0) } : {}),
  });
  const howTos =
    layanan.keperluan.length === 0
      ? [howTo(`${page}#cara`, layanan.judul, page, layanan.persyaratan)]
      : layanan.keperluan.map((keperluan) => {
          const url = absoluteUrl(kecamatan.situs, paths.keperluan(layanan, keperluan));
          return howTo(url, `${layanan.judul}: ${keperluan.judul}`, url, dokumenFor(layanan, keperluan));
        });

  const service: GovernmentService = {
    '@type': 'GovernmentService',
    '@id': ids.layanan,
    name: layanan.judul,
    description: layanan.ringkasan,
    url: page,
    serviceType: layanan.kategori,
    provider: [{ '@id': ids.kecamatan }, ...(layanan.penerbit ? [penerbit(layanan.penerbit)] : [])],
    areaServed: { '@id': ids.wilayah },
    serviceOutput: { '@type': 'Thing', name: layanan.produk },
    ...(gratis ? { offers: { '@type': 'Offer', price: 0, priceCurrency: 'IDR' } } : {}),
    subjectOf: howTos.map((item) => ({ '@id': item['@id']! })),
  };
  const office: GovernmentOrganization = {
    '@type': 'GovernmentOrganization',
    '@id': ids.kecamatan,
    name: `Kecamatan ${kecamatan.nama}`,
    url: home,
    telephone: kecamatan.telepon,
    email: kecamatan.email,
    address: {
      '@type': 'PostalAddress',
      streetAddress: kecamatan.alamat,
      addressRegion: kecamatan.provinsi,
      addressCountry: 'ID',
    },
    areaServed: { '@id': ids.wilayah },
  };
  const area: AdministrativeArea = {
    '@type': 'AdministrativeArea',
    '@id': ids.wilayah,
    name: `Kecamatan ${kecamatan.nama}`,
    containedInPlace: {
      '@type': 'AdministrativeArea',
      name: formatKabupatenName(kecamatan),
      containedInPlace: { '@type': 'AdministrativeArea', name: `Provinsi ${kecamatan.provinsi}` },
    },
  };
  const nodes: Thing[] = [service, office, area, ...howTos];
  return { '@context': 'https://schema.org', '@graph': nodes };
}

function supply(dokumen: Dokumen): HowToSupply {
  const description = dokumen.keterangan ?? (dokumen.opsional ? 'bila diperlukan' : undefined);
  return {
    '@type': 'HowToSupply',
    name: dokumen.dokumen,
    ...(description ? { description } : {}),
    // A count or the staff's words ("1 asli dan 1 fotokopi"): schema.org takes Number or Text here.
    ...(dokumen.jumlah ? { requiredQuantity: dokumen.jumlah } : {}),
  };
}

/** The issuing office; a note after it in brackets ("(berkas dapat diajukan melalui kecamatan)") is its description. */
function penerbit(text: string): GovernmentOrganization {
  const match = /^(.*?)\s*\((.*)\)\s*$/.exec(text);
  return match
    ? { '@type': 'GovernmentOrganization', name: match[1]!, description: match[2]! }
    : { '@type': 'GovernmentOrganization', name: text };
}

function rupiah(value: number): MonetaryAmount {
  return { '@type': 'MonetaryAmount', currency: 'IDR', value };
}

/**
 * JSON for inside <script type="application/ld+json">: "<" written as \u003c, so no text in the content
 * ("</script>", "<!--") can end the element early; JSON readers read the same string.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
