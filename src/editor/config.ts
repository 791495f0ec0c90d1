// The whole Sveltia CMS configuration, generated at build time: nothing in it re-declares the content's
// shape (that comes from the schema through collections.ts). Given to CMS.init() with
// load_config_file: false, so no config.yml is fetched.
import { editorCollections } from './collections.ts';

export interface ConfigOptions {
  /** Backend options from backend.ts. */
  backend: Record<string, string>;
  /** The content folder inside the repository, posix, e.g. "content". */
  folder: string;
  /** The site's address, for the editor's "view site" link. */
  situs: string;
  /** Title on the sign-in page and the browser tab. */
  title: string;
}

export function editorConfig({ backend, folder, situs, title }: ConfigOptions) {
  return {
    load_config_file: false,
    backend,
    app_title: title,
    site_url: situs,
    // No images are uploaded yet; Sveltia still needs a media folder.
    media_folder: folder ? `${folder}/gambar` : 'gambar',
    publish_mode: 'simple',
    // A preview link opens the published page, which does not show an edit until the site is rebuilt.
    show_preview_links: false,
    // New file names: ASCII, lower case, words joined by '-' (the SLUG rule), short enough for a QR code.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-', lowercase: true, maxlength: 40 },
    // Empty optional fields stay out of the file, as staff would write it by hand.
    output: { omit_empty_optional_fields: true },
    collections: editorCollections(folder),
  };
}

export type EditorConfig = ReturnType<typeof editorConfig>;
