// The one-line count of what a content folder holds, as check and build print it: "16 layanan, 20 desa,
// 2 periode SKM, 2 acara". Optional kinds are named only when the folder has some.
import type { Content } from '../../schema/index.ts';
import type { Wilayah } from './load-wilayah.ts';

export function describeContent(content: Content): string {
  const parts = [`${content.layanan.length} layanan`, `${content.desa.length} desa`];
  if (content.skm.length > 0) parts.push(`${content.skm.length} periode SKM`);
  if (content.acara.length > 0) parts.push(`${content.acara.length} acara`);
  if (content.pengalihan.length > 0) parts.push(`${content.pengalihan.length} pengalihan`);
  return parts.join(', ');
}

/** The same for a content root: one kecamatan as above, or a kabupaten's kecamatan and their totals. */
export function describeWilayah(wilayah: Wilayah): string {
  const [only] = wilayah.kecamatan;
  if (!wilayah.kabupaten && only) return describeContent(only.content);
  const total = (count: (content: Content) => number) =>
    wilayah.kecamatan.reduce((sum, { content }) => sum + count(content), 0);
  return (
    `${wilayah.kecamatan.length} kecamatan (${wilayah.kecamatan.map(({ slug }) => slug).join(', ')}), ` +
    `${total((content) => content.layanan.length)} layanan, ${total((content) => content.desa.length)} desa`
  );
}
