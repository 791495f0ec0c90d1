// The zod schema of each file staff edit in the browser, by collection name: src/schema's own list. The
// editor's form is generated from these and the browser's save check runs them, so both follow
// src/schema alone. A new field needs nothing here (give it `.meta({ title, description })` in Bahasa
// Indonesia, and `relasi` if it holds another collection's slugs); a new content file needs its schema in
// src/schema/editable.ts and its collection in collections.ts.
import { editableSchemas, type EditableName } from '../schema/index.ts';

export const EDITABLE_SCHEMAS = editableSchemas;

export type CollectionName = EditableName;
