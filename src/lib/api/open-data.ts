// Builds the open-data documents from loaded content, and checks them against their schema on the way
// out, so a field the schema does not promise can never be published.
import { apiDesaSchema, apiLayananSchema, API_VERSI, type ApiDesa, type ApiLayanan } from '../../schema/api.ts';
import type { Content } from '../../schema/index.ts';
import { today } from '../../core/clock.ts';
import { keperluanId } from '../keperluan.ts';
import { dokumenApi } from './dokumen-api.ts';
import { absoluteUrl, paths } from '../urls.ts';

type Sumber = Pick<Content, 'kecamatan' | 'layanan' | 'desa'>;

function kepala({ kecamatan }: Sumber, dibuat: string) {
  const { nama, kabupaten, provinsi, situs } = kecamatan;
  return { versi: API_VERSI, dibuat, kecamatan: { nama, kabupaten, provinsi, situs } };
}

export function buildApiLayanan(content: Sumber, dibuat: string = today()): ApiLayanan {
  const { situs } = content.kecamatan;
  return apiLayananSchema.parse({
    ...kepala(content, dibuat),
    layanan: content.layanan.map((layanan) => ({
      ...layanan,
      persyaratan: layanan.persyaratan.map(dokumenApi),
      keperluan: layanan.keperluan.map((keperluan) => ({
        ...keperluan,
        persyaratan: keperluan.persyaratan.map(dokumenApi),
        id: keperluanId(keperluan),
        url: absoluteUrl(situs, paths.keperluan(layanan, keperluan)),
      })),
      url: absoluteUrl(situs, paths.layanan(layanan)),
      lembar_pdf: absoluteUrl(situs, paths.lembar(layanan)),
    })),
  });
}

export function buildApiDesa(content: Sumber, dibuat: string = today()): ApiDesa {
  const { situs } = content.kecamatan;
  return apiDesaSchema.parse({
    ...kepala(content, dibuat),
    desa: content.desa.map((desa) => ({ ...desa, url: absoluteUrl(situs, paths.desa(desa)) })),
  });
}
