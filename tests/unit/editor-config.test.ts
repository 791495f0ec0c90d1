// The editor's configuration is generated from the zod schema: every schema field has an editor field
// and no editor field lacks one, required fields, patterns, lists and relations follow the schema, and
// the whole configuration is valid for Sveltia CMS by Sveltia's own JSON Schema.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { backendFromEnv } from '../../src/editor/backend.ts';
import { collectionSchema } from '../../src/editor/collections.ts';
import { editorConfig } from '../../src/editor/config.ts';
import type { EditorField } from '../../src/editor/fields.ts';
import type { SchemaNode } from '../../src/editor/json-schema.ts';
import { EDITABLE_SCHEMAS, type CollectionName } from '../../src/editor/schemas.ts';

const config = editorConfig({
  backend: { name: 'github', repo: 'pemilik/pelita', branch: 'main' },
  folder: 'content',
  situs: 'https://kemlagi.contoh.invalid/',
  title: 'Editor konten',
});

/** The editor fields of each content file, by the schema that governs it. */
function editorFields(): Record<CollectionName, EditorField[]> {
  const byName: Record<string, EditorField[]> = {};
  for (const collection of config.collections) {
    if ('files' in collection) {
      for (const file of collection.files as { name: string; fields: EditorField[] }[]) {
        byName[file.name] = file.fields;
      }
    } else byName[collection.name] = (collection.fields as EditorField[]).filter((field) => field.name !== 'body');
  }
  return byName as Record<CollectionName, EditorField[]>;
}

/** Dotted paths of every leaf and branch: "persyaratan.*.dokumen". */
function schemaPaths(node: SchemaNode, prefix = ''): string[] {
  const variant = node.anyOf?.find((item) => item.type === 'object') ?? node;
  if (variant.type === 'object') {
    return Object.entries(variant.properties ?? {}).flatMap(([key, child]) => [
      `${prefix}${key}`,
      ...schemaPaths(child, `${prefix}${key}.`),
    ]);
  }
  if (variant.type === 'array' && variant.items && !variant.relasi) return schemaPaths(variant.items, `${prefix}*.`);
  return [];
}

function fieldPaths(fields: readonly EditorField[], prefix = ''): string[] {
  return fields.flatMap((field) => [`${prefix}${field.name}`, ...nestedPaths(field, `${prefix}${field.name}.`)]);
}

function nestedPaths(field: EditorField, prefix: string): string[] {
  if (Array.isArray(field.fields)) {
    return fieldPaths(field.fields as EditorField[], field.widget === 'list' ? `${prefix}*.` : prefix);
  }
  if (field.field) return nestedPaths(field.field as EditorField, `${prefix}*.`);
  return [];
}

describe('konfigurasi editor dari skema', () => {
  const fields = editorFields();

  for (const name of Object.keys(EDITABLE_SCHEMAS) as CollectionName[]) {
    it(`has exactly one editor field for every field of the ${name} schema`, () => {
      const node = collectionSchema(name);
      // A file that is one list at the top is edited as one list field named after the file.
      const root = node.type === 'array' ? { type: 'object', properties: { [name]: node } } : node;
      expect(fieldPaths(fields[name]).sort()).toEqual(schemaPaths(root).sort());
    });
  }

  it('is valid by the JSON Schema that Sveltia CMS ships for its configuration', () => {
    const schema = JSON.parse(readFileSync('node_modules/@sveltia/cms/schema/sveltia-cms.json', 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    const gitea = backendFromEnv({
      PELITA_EDITOR_BACKEND: 'gitea',
      PELITA_EDITOR_AUTH: 'https://git.mojokertokab.go.id',
      PELITA_EDITOR_APP_ID: 'abc',
    });
    expect(validate({ ...config, backend: gitea.config }), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    // The validator does refuse a wrong configuration.
    const broken = structuredClone(config);
    (broken.output as Record<string, unknown>).omit_empty_optional_fields = 'ya';
    expect(validate(broken)).toBe(false);
  });

  it('marks required fields, writes date-only dates, selects, booleans and the Indonesian pattern message', () => {
    const field = (list: EditorField[], name: string) => list.find((item) => item.name === name)!;
    expect(field(fields.layanan, 'judul')).toMatchObject({ widget: 'string', required: true });
    expect(field(fields.layanan, 'penerbit')).toMatchObject({ required: false });
    expect(field(fields.layanan, 'diperbarui')).toMatchObject({
      widget: 'datetime',
      type: 'date',
      format: 'YYYY-MM-DD',
    });
    expect(field(fields.layanan, 'pengantar_desa')).toMatchObject({ widget: 'boolean', required: true });
    expect(field(fields.desa, 'jenis')).toMatchObject({ widget: 'select', options: ['desa', 'kelurahan'] });
    expect(field(fields.desa, 'kode').pattern).toEqual([
      '^\\d{2}\\.\\d{2}\\.\\d{2}\\.[12]\\d{3}$',
      'harus berformat kode wilayah Kemendagri, misalnya 35.16.15.2001',
    ]);
    expect(field(fields.layanan, 'prosedur')).toMatchObject({ widget: 'list', min: 1, field: { widget: 'string' } });
    expect(field(fields.layanan, 'persyaratan')).toMatchObject({ widget: 'list' });
    expect((field(fields.layanan, 'persyaratan').fields as EditorField[]).map((item) => item.name)).toContain(
      'dokumen',
    );
  });

  it("offers an event's services as a choice of existing services, stored by file name", () => {
    expect(fields.acara.find((item) => item.name === 'layanan')).toMatchObject({
      widget: 'relation',
      collection: 'layanan',
      value_field: '{{slug}}',
      multiple: true,
    });
  });

  it('keeps file names (printed URLs) fixed once created, and never deletes a file', () => {
    for (const collection of config.collections.filter((item) => 'folder' in item)) {
      expect(collection, collection.name).toMatchObject({ delete: false, slug: { editable: false } });
    }
    expect(config.output).toEqual({ omit_empty_optional_fields: true });
  });

  it('labels each field with its title from the schema, or its key while it has none', () => {
    const node = collectionSchema('layanan');
    for (const field of fields.layanan) expect(field.label).toBe(node.properties![field.name]!.title ?? field.name);
  });
});

describe('bidang editor dari skema yang berkembang', () => {
  it('uses titles and descriptions, writes objects for "name or object" lists, text for "number or text", and relations from meta', async () => {
    const { z } = await import('zod');
    const { editorJsonSchema } = await import('../../src/editor/json-schema.ts');
    const { fieldsOf } = await import('../../src/editor/fields.ts');
    const dokumen = z.object({ dokumen: z.string().meta({ title: 'Nama dokumen' }) });
    const schema = z.object({
      persyaratan: z.array(z.union([z.string(), dokumen])).meta({ title: 'Persyaratan', description: 'Dokumen.' }),
      jumlah: z.union([z.int(), z.string()]).optional(),
      tanggal: z.iso.date(),
      layanan: z.array(z.string()).default([]).meta({ relasi: 'layanan' }),
    });
    const [persyaratan, jumlah, tanggal, layanan] = fieldsOf(editorJsonSchema(schema));
    expect(persyaratan).toMatchObject({ label: 'Persyaratan', hint: 'Dokumen.', widget: 'list', required: true });
    expect(persyaratan!.fields).toEqual([{ name: 'dokumen', label: 'Nama dokumen', widget: 'string', required: true }]);
    expect(jumlah).toMatchObject({ widget: 'string', required: false });
    expect(tanggal).toMatchObject({ widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' });
    expect(layanan).toMatchObject({ widget: 'relation', collection: 'layanan', value_field: '{{slug}}' });
  });
});
