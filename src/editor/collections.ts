// The editor's collections: one per file or folder of content/ that staff edit, with the file names that
// become URLs. Folder and file names come from src/lib/content/content-files.ts's list; the fields from
// the schema (fields.ts). Survey files (skm/) stay files: the staff guide says how to replace one.
import { contentFiles } from '../lib/content/content-files.ts';
import { fieldOf, fieldsOf, type EditorField } from './fields.ts';
import { editorJsonSchema, type SchemaNode } from './json-schema.ts';
import { EDITABLE_SCHEMAS, type CollectionName } from './schemas.ts';

export interface EditorCollection {
  name: CollectionName;
  label: string;
  label_singular?: string;
  description?: string;
  [option: string]: unknown;
}

/** The object schema of a collection; relations come from the schema's `relasi` meta. */
export function collectionSchema(name: CollectionName): SchemaNode {
  // Converted once per process (a kabupaten's build has an editor page per kecamatan); each caller gets
  // its own copy to read or change.
  let schema = schemas.get(name);
  if (!schema) schemas.set(name, (schema = editorJsonSchema(EDITABLE_SCHEMAS[name])));
  return structuredClone(schema);
}

const schemas = new Map<CollectionName, SchemaNode>();

/** `folder` is the content folder inside the repository, e.g. "content". */
export function editorCollections(folder: string): EditorCollection[] {
  const at = (name: string) => (folder ? `${folder}/${name}` : name);
  return [
    {
      name: 'layanan',
      label: 'Layanan',
      label_singular: 'layanan',
      description: 'Persyaratan setiap layanan kecamatan. Nama berkas adalah alamat yang tercetak di poster.',
      ...markdownFolder(at(contentFiles.layanan.name), 'judul', 'layanan'),
    },
    {
      name: 'desa',
      label: 'Desa dan kelurahan',
      label_singular: 'desa',
      description: 'Setiap desa atau kelurahan dan balai desanya, tempat poster dipasang.',
      folder: at(contentFiles.desa.name),
      extension: 'yaml',
      format: 'yaml',
      create: true,
      delete: false,
      identifier_field: 'nama',
      slug: slugOptions('nama'),
      summary: '{{nama}} ({{kode}})',
      fields: fieldsOf(collectionSchema('desa')),
    },
    {
      name: 'acara',
      label: 'Acara',
      label_singular: 'acara',
      description: 'Bazar pelayanan: beberapa instansi melayani di satu tempat pada satu hari.',
      ...markdownFolder(at(contentFiles.acara.name), 'judul', 'acara'),
      sortable_fields: ['tanggal', 'judul'],
    },
    {
      name: 'kecamatan',
      label: 'Kecamatan dan pengaturan',
      files: [
        {
          name: 'kecamatan',
          label: 'Data kecamatan',
          file: at(contentFiles.kecamatan.name),
          format: 'yaml',
          fields: fieldsOf(collectionSchema('kecamatan')),
        },
        rootListFile('pengalihan', 'Pengalihan alamat', at(contentFiles.pengalihan.name)),
        rootListFile('sinonim', 'Sinonim pencarian', at(contentFiles.sinonim.name)),
      ],
    },
  ];
}

/** A folder of markdown files whose body is the entry's `catatan`. */
function markdownFolder(folder: string, identifier: string, name: 'layanan' | 'acara') {
  return {
    folder,
    extension: 'md',
    format: 'frontmatter',
    create: true,
    // Deleting a file would break its printed URL; removing a page needs a redirect (staff guide).
    delete: false,
    identifier_field: identifier,
    slug: slugOptions(identifier),
    fields: [
      ...fieldsOf(collectionSchema(name)),
      {
        name: 'body',
        label: 'Catatan',
        widget: 'markdown',
        required: false,
        hint: 'Keterangan tambahan untuk warga, ditampilkan di bawah persyaratan.',
      } satisfies EditorField,
    ],
  };
}

/**
 * The file name is the printed URL: Sveltia makes it from the title when the entry is created, and it is
 * never editable afterwards, so renaming a title keeps the file and its printed URL.
 */
function slugOptions(identifier: string) {
  return { template: `{{${identifier}}}`, editable: false };
}

/** A YAML file that is one list at the top (`root: true`). */
function rootListFile(name: 'pengalihan' | 'sinonim', label: string, file: string) {
  const list = fieldOf(name, collectionSchema(name), false);
  return { name, label, file, format: 'yaml', fields: [{ ...list, label, root: true }] };
}
