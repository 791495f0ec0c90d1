// The content staff edit in the browser editor, one schema per kind of file, by the name of its editor
// collection. The editor's configuration is generated from these (`z.toJSONSchema(schema, { io: 'input' })`):
// each field's `.meta()` gives its label (`title`) and hint (`description`), and `relasi` names the
// collection whose slugs a field holds. Survey results (content/skm/) and dicetak.json are not here:
// CSV files are replaced as files, and the print registry is written by `npm run posters -- --rilis`.
import { acaraSchema } from './acara.ts';
import { desaSchema } from './desa.ts';
import { kecamatanSchema } from './kecamatan.ts';
import { layananSchema } from './layanan.ts';
import { pengalihanSchema } from './pengalihan.ts';
import { sinonimSchema } from './sinonim.ts';

export const editableSchemas = {
  /** content/kecamatan.yaml */
  kecamatan: kecamatanSchema,
  /** content/desa/<slug>.yaml */
  desa: desaSchema,
  /** content/layanan/<slug>.md frontmatter; the body is the notes (`catatan`). */
  layanan: layananSchema,
  /** content/acara/<slug>.md frontmatter; the body is the notes (`catatan`). */
  acara: acaraSchema,
  /** content/pengalihan.yaml, a list at the top of the file. */
  pengalihan: pengalihanSchema,
  /** content/sinonim.yaml, a list at the top of the file. */
  sinonim: sinonimSchema,
} as const;

export type EditableName = keyof typeof editableSchemas;
