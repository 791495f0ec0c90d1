// The one content schema. Astro's collections, `npm run check`, the posters and every other output
// import from here; nothing else declares the shape of content.
export { kecamatanSchema, pengaduanSchema, type Kecamatan } from './kecamatan.ts';
export { desaSchema, kontakSchema, compactKode, type DesaData } from './desa.ts';
export { layananSchema, dokumenSchema, dokumenObjek, type LayananData, type Dokumen } from './layanan.ts';
export { SLUG, KODE_WILAYAH } from './fields.ts';
export { desaEntrySchema, layananEntrySchema, type Desa, type Layanan, type Content } from './entries.ts';
export { sinonimSchema, type Sinonim } from './sinonim.ts';
export { pengalihanSchema, pengalihanItemSchema, sitePath, type Pengalihan } from './pengalihan.ts';
export { dicetakSchema, cetakanSchema, type Dicetak, type Cetakan, type PosterTercatat } from './dicetak.ts';
export { acaraSchema, acaraEntrySchema, type Acara } from './acara.ts';
export { skmRingkasanSchema, periodeSkmSchema, UNSUR_BAKU, KODE_UNSUR, PERIODE, type PeriodeSkm } from './skm.ts';
