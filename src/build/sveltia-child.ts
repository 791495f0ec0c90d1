// Run by sveltia-files.ts in a process of its own: bundles Sveltia CMS into the folder given.
import { bundleSveltia } from '../editor/sveltia-bundle.ts';

await bundleSveltia(process.argv[2]!);
