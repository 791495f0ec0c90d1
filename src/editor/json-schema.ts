// The content schemas as JSON Schema, the form the editor configuration is generated from. zod carries
// patterns, enums, lengths, defaults and `.meta({ title, description })` across by itself; the
// Indonesian message of each check does not travel in JSON Schema, so it is copied into `x-pesan`.
import { z } from 'zod';

/** A JSON Schema node as z.toJSONSchema writes it, plus the messages copied from zod's checks. */
export interface SchemaNode {
  type?: string;
  title?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  enum?: unknown[];
  pattern?: string;
  format?: string;
  default?: unknown;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  /** JSON Schema keyword → the Indonesian message zod gives when that check fails. */
  'x-pesan'?: Record<string, string>;
  /** The collection an id list points into (`.meta({ relasi: 'layanan' })` in the schema). */
  relasi?: string;
}

/** zod check kinds and the JSON Schema keyword each becomes. */
const KEYWORD_OF_CHECK: Record<string, string> = {
  min_length: 'minLength',
  max_length: 'maxLength',
  greater_than: 'minimum',
  less_than: 'maximum',
};

interface CheckDef {
  check?: string;
  format?: string;
  error?: (issue: object) => unknown;
}

/** What the editor fills in: the input side of the schema (before defaults and transforms). */
export function editorJsonSchema(schema: z.ZodType): SchemaNode {
  return z.toJSONSchema(schema, {
    io: 'input',
    // Refinements and transforms have no JSON Schema form; the browser hook runs them from zod itself.
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const messages = checkMessages(zodSchema, jsonSchema);
      if (Object.keys(messages).length > 0) jsonSchema['x-pesan'] = messages;
    },
  }) as SchemaNode;
}

function checkMessages(zodSchema: unknown, jsonSchema: Record<string, unknown>): Record<string, string> {
  const checks = (zodSchema as { _zod: { def: { checks?: { _zod: { def: CheckDef } }[] } } })._zod.def.checks ?? [];
  const messages: Record<string, string> = {};
  for (const { _zod } of checks) {
    const { check, format, error } = _zod.def;
    const message = typeof error === 'function' ? error({}) : undefined;
    if (typeof message !== 'string' || !check) continue;
    const keyword = format === 'regex' ? 'pattern' : KEYWORD_OF_CHECK[check];
    // A list's length check is minItems in JSON Schema, a text's minLength.
    const listKeyword = jsonSchema.type === 'array' ? keyword?.replace('Length', 'Items') : keyword;
    if (listKeyword) messages[listKeyword] = message;
  }
  return messages;
}
