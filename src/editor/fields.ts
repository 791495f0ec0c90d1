// Turns a JSON Schema object (from json-schema.ts) into Sveltia CMS fields, one per property and in the
// schema's order, so the form asks for exactly what `npm run check` accepts. Labels and hints come from
// the schema's `.meta({ title, description })`; a field without a title shows its key.
import type { SchemaNode } from './json-schema.ts';

/** A Sveltia CMS field; tests validate the generated ones against Sveltia's own JSON Schema. */
export interface EditorField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  default?: unknown;
  pattern?: [string, string];
  [option: string]: unknown;
}

/** YYYY-MM-DD, as the schema writes a date-only value (z.iso.date() or a plain regex). */
const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

/** The fields of an object node; `required` follows the node's own list. */
export function fieldsOf(node: SchemaNode): EditorField[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).map(([name, property]) => fieldOf(name, property, required.has(name)));
}

export function fieldOf(name: string, node: SchemaNode, required: boolean): EditorField {
  const shape = preferredVariant(node);
  const base: EditorField = {
    name,
    label: node.title ?? shape.title ?? name,
    widget: 'string',
    required,
    ...hintOf(node.description ?? shape.description),
    ...(node.default !== undefined ? { default: node.default } : {}),
  };
  return { ...base, ...widgetOf(name, shape, base.label) };
}

/**
 * Of "either" types, the one the editor writes: a requirement may be a name or an object, and the
 * editor writes objects; `jumlah` may be a number or text, and text holds both.
 */
function preferredVariant(node: SchemaNode): SchemaNode {
  const variants = node.anyOf ?? node.oneOf;
  if (!variants) return node;
  const pick =
    variants.find((variant) => variant.type === 'object') ??
    variants.find((variant) => variant.type === 'array') ??
    variants.find((variant) => variant.type === 'string') ??
    variants[0]!;
  const title = node.title ?? pick.title;
  const description = node.description ?? pick.description;
  return {
    ...preferredVariant(pick),
    ...(title !== undefined ? { title } : {}),
    ...(description !== undefined ? { description } : {}),
  };
}

function widgetOf(name: string, node: SchemaNode, label: string): Partial<EditorField> {
  const messages = node['x-pesan'] ?? {};
  switch (node.type) {
    case 'boolean':
      return { widget: 'boolean' };
    case 'integer':
    case 'number':
      return numberWidget(node);
    case 'object':
      return { widget: 'object', fields: fieldsOf(node) };
    case 'array':
      return listWidget(name, node, label);
    default:
      if (node.enum) return { widget: 'select', options: node.enum.map(String) };
      if (node.format === 'date' || node.pattern === DATE_PATTERN) {
        return { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
      }
      return {
        widget: 'string',
        ...(node.format === 'email' ? { type: 'email' } : {}),
        ...(node.pattern && node.format !== 'email'
          ? { pattern: [node.pattern, messages.pattern ?? `harus sesuai pola ${node.pattern}`] as [string, string] }
          : {}),
        ...(node.maxLength !== undefined ? { maxlength: node.maxLength } : {}),
      };
  }
}

function numberWidget(node: SchemaNode): Partial<EditorField> {
  const min = node.exclusiveMinimum !== undefined ? node.exclusiveMinimum + 1 : node.minimum;
  return {
    widget: 'number',
    value_type: node.type === 'integer' ? 'int' : 'float',
    ...(min !== undefined ? { min } : {}),
  };
}

function listWidget(name: string, node: SchemaNode, label: string): Partial<EditorField> {
  const bounds = {
    ...(node.minItems !== undefined ? { min: node.minItems } : {}),
    ...(node.maxItems !== undefined ? { max: node.maxItems } : {}),
  };
  const item = preferredVariant(node.items ?? { type: 'string' });
  if (node.relasi) {
    // Ids of entries in another collection (an event's services): pick them by title, store the file name.
    return {
      widget: 'relation',
      collection: node.relasi,
      value_field: '{{slug}}',
      search_fields: ['judul'],
      display_fields: ['judul'],
      multiple: true,
      ...bounds,
    };
  }
  if (item.type === 'object') {
    const fields = fieldsOf(item);
    return { widget: 'list', fields, summary: `{{fields.${fields[0]?.name ?? name}}}`, ...bounds };
  }
  return { widget: 'list', field: fieldOf(name, { ...item, title: item.title ?? label }, true), ...bounds };
}

function hintOf(description: string | undefined): { hint?: string } {
  return description ? { hint: description } : {};
}
