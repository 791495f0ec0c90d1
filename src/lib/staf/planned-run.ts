// What a release print run made today would record for the village posters, worked out from the content
// alone: the site is built before any poster is drawn, so the staff page cannot read the generator's
// summary. It predicts what printRunOf (src/lib/printed/print-run.ts) records from the drawn posters,
// so the reprint report (src/lib/printed/reprint-report.ts) can compare it with dicetak.json;
// tests/render/staf-planned-run.test.ts draws the posters and checks that both agree.
import type { Cetakan, Content, PosterTercatat } from '../../schema/index.ts';
import { selectPosterServices } from '../poster-services.ts';
import { paths } from '../urls.ts';

export function plannedPosters(content: Pick<Content, 'desa' | 'layanan'>): PosterTercatat[] {
  const services = selectPosterServices(content.layanan).shown.map((layanan) => ({
    alamat: paths.layanan(layanan),
    judul: layanan.judul,
  }));
  return content.desa.map((desa) => ({ desa: paths.desa(desa), nama: desa.nama, layanan: services }));
}

/**
 * The village posters of a print run on `tanggal`, shaped as the registry records one. Only `tanggal`
 * and `poster` are what a real run would record; `alamat` lists the poster codes alone (a real run also
 * records the requirement sheets' and event posters' codes), which the reprint report does not read.
 * Never write this to dicetak.json.
 */
export function plannedPosterRun(content: Pick<Content, 'kecamatan' | 'desa' | 'layanan'>, tanggal: string): Cetakan {
  const poster = plannedPosters(content);
  const alamat = [...new Set(poster.flatMap((item) => [item.desa, ...item.layanan.map(({ alamat }) => alamat)]))];
  return { tanggal, situs: content.kecamatan.situs, alamat: alamat.sort(), poster };
}
