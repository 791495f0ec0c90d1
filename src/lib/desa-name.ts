// How a village is named to residents: "Desa Mojorejo", or "Kelurahan" and its name for an urban village.
import type { Desa } from '../schema/index.ts';

export function formatDesaName(desa: Pick<Desa, 'jenis' | 'nama'>): string {
  return `${desa.jenis === 'kelurahan' ? 'Kelurahan' : 'Desa'} ${desa.nama}`;
}
