// How a kecamatan names its kabupaten or kota in pages, posters and images: "Kabupaten Mojokerto" or
// "Kota Mojokerto" (two different regions), from kecamatan.yaml's `kabupaten` and `jenis_kabupaten`.
import { kabupatenName, type Kecamatan } from '../schema/index.ts';

export function formatKabupatenName(kecamatan: Pick<Kecamatan, 'kabupaten' | 'jenis_kabupaten'>): string {
  return kabupatenName({ nama: kecamatan.kabupaten, jenis: kecamatan.jenis_kabupaten ?? 'kabupaten' });
}
