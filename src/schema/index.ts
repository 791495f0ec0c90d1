// The one content schema. Astro's collections, `npm run check`, the posters and every other output
// import from here; nothing else declares the shape of content.
export { kecamatanSchema, type Kecamatan } from './kecamatan.ts';
export { kabupatenSchema, kabupatenName, kecamatanInKabupatenSchema, type Kabupaten } from './kabupaten.ts';
export { desaSchema, compactKode, type DesaData } from './desa.ts';
export { layananSchema, type LayananData, type Dokumen, type Keperluan } from './layanan.ts';
export { SLUG } from './fields.ts';
export { desaEntrySchema, layananEntrySchema, type Desa, type Layanan, type Content } from './entries.ts';
export { sinonimSchema, type Sinonim } from './sinonim.ts';
export { pengalihanSchema, type Pengalihan } from './pengalihan.ts';
export { dicetakSchema, type Dicetak, type Cetakan, type PosterTercatat } from './dicetak.ts';
export { acaraSchema, acaraEntrySchema, type Acara } from './acara.ts';
export { periodeSkmSchema, type PeriodeSkm } from './skm.ts';
export { editableSchemas, type EditableName } from './editable.ts';
