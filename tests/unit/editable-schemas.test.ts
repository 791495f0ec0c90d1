// The browser editor's configuration is generated from the JSON Schema of each editable content schema:
// every field needs its Indonesian label and hint there, dates must say they are dates, and an event's
// services must say which collection they name.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiDesaSchema, apiLayananSchema } from '../../src/schema/api.ts';
import * as schemas from '../../src/schema/index.ts';

const { editableSchemas } = schemas;

type JsonSchema = {
  type?: string | string[];
  title?: string;
  description?: string;
  format?: string;
  relasi?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  required?: string[];
};

const jsonSchemaOf = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input' }) as JsonSchema;

/** Every object property anywhere in the schema, with its path ("persyaratan[].dokumen"). */
function properties(schema: JsonSchema, path = ''): [string, JsonSchema][] {
  const own = Object.entries(schema.properties ?? {}).flatMap(([key, value]): [string, JsonSchema][] => {
    const at = path ? `${path}.${key}` : key;
    return [[at, value], ...properties(value, at)];
  });
  const items = schema.items ? properties(schema.items, `${path}[]`) : [];
  const options = (schema.anyOf ?? []).flatMap((option) => properties(option, path));
  return [...own, ...items, ...options];
}

const names = Object.keys(editableSchemas) as (keyof typeof editableSchemas)[];

describe('skema yang disunting di editor', () => {
  it('names the six kinds of file staff edit, and leaves survey results and the print registry out', () => {
    expect(names.sort()).toEqual(['acara', 'desa', 'kecamatan', 'layanan', 'pengalihan', 'sinonim']);
  });

  it.each(names)('converts %s to JSON Schema, every field with an Indonesian label and hint', (name) => {
    const schema = jsonSchemaOf(editableSchemas[name]);
    const fields = properties(schema);
    if (name === 'sinonim') {
      // A list of word groups has no named fields; the list and its groups carry the label.
      expect(schema.title).toBe('Sinonim pencarian');
      expect(schema.items?.title).toBe('Kelompok kata');
      expect(fields).toEqual([]);
      return;
    }
    expect(fields.length).toBeGreaterThan(1);
    const unlabelled = fields.filter(([, field]) => !field.title || !field.description).map(([path]) => path);
    expect(unlabelled).toEqual([]);
  });

  it('converts every exported schema, not only the editable ones, as the input it accepts', () => {
    const all = [
      ...(Object.values(schemas) as unknown[]).filter((value): value is z.ZodType => value instanceof z.ZodType),
      apiLayananSchema,
      apiDesaSchema,
    ];
    expect(all.length).toBeGreaterThanOrEqual(13);
    for (const schema of all) expect(jsonSchemaOf(schema)).toHaveProperty('$schema');
  });

  it('marks required fields as required and the rest as optional, as the check does', () => {
    const layanan = jsonSchemaOf(editableSchemas.layanan);
    expect(layanan.required).toEqual(
      expect.arrayContaining(['judul', 'prosedur', 'pengantar_desa', 'diperbarui', 'biaya']),
    );
    for (const optional of ['persyaratan', 'keperluan', 'penerbit', 'poster', 'perlu_konfirmasi'])
      expect(layanan.required).not.toContain(optional);
    const dokumen = layanan.properties!.persyaratan!.items!;
    expect(dokumen.required).toEqual(['dokumen']);
  });

  it('writes a requirement as an object, since the editor cannot mix texts and objects in one list', () => {
    const dokumen = jsonSchemaOf(editableSchemas.layanan).properties!.persyaratan!.items!;
    expect(dokumen.type).toBe('object');
    expect(Object.keys(dokumen.properties!)).toEqual(['dokumen', 'jumlah', 'keterangan', 'opsional']);
    // jumlah is a count or the staff's words.
    expect(dokumen.properties!.jumlah!.anyOf!.map((option) => option.type)).toEqual(['integer', 'string']);
  });

  it('tells the editor which fields are dates and which name services', () => {
    expect(jsonSchemaOf(editableSchemas.layanan).properties!.diperbarui!.format).toBe('date');
    const acara = jsonSchemaOf(editableSchemas.acara);
    expect(acara.properties!.tanggal!.format).toBe('date');
    expect(acara.properties!.layanan!.relasi).toBe('layanan');
  });

  it('keeps the guidance that used to live in YAML comments', () => {
    const desa = jsonSchemaOf(editableSchemas.desa).properties!;
    expect(desa.kode!.description).toContain('jangan diubah');
    const kecamatan = jsonSchemaOf(editableSchemas.kecamatan).properties!;
    expect(kecamatan.whatsapp!.description).toContain('62 lalu angka saja');
    expect(kecamatan.situs!.description).toContain('CONTOH — BELUM UNTUK DICETAK');
    const layanan = jsonSchemaOf(editableSchemas.layanan).properties!;
    expect(layanan.poster!.description).toContain('pemerintah desa');
  });
});
