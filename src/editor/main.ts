// The editor page's script: starts Sveltia CMS with the configuration generated at build time, and
// checks every save with the project's own schema before Sveltia writes anything.
import CMS, { type CmsConfig } from '@sveltia/cms';
import { setToday } from '../core/clock.ts';
import { checkEntry } from './check-entry.ts';
import { remember } from './cross-file.ts';
import type { EditorData } from './editor-data.ts';
import { hideProblems, showProblems } from './message-area.ts';
import { savedEntry } from './saved-entry.ts';
import { EDITABLE_SCHEMAS } from './schemas.ts';

interface ImmutableEntry {
  toJS(): { collection: string; slug: string; newRecord?: boolean; data: Record<string, unknown> };
}

const root = document.getElementById('pelita-editor')!;
const { config, data } = JSON.parse(root.dataset.editor!) as { config: CmsConfig; data: EditorData };

// The schema asks the one clock (src/core/clock.ts); give it the build's fixed day when there was one, so
// the browser and `npm run check` agree on "today".
setToday(data.hariIni);

CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const saved = savedEntry((entry as unknown as ImmutableEntry).toJS());
    if (!saved) return;
    const problems = checkEntry(saved, data);
    if (problems.length === 0) return hideProblems();
    showProblems(problems);
    // Throwing is how a preSave hook refuses the save; Sveltia logs this text and shows its own notice.
    throw new Error(problems.join('\n'));
  },
});

CMS.registerEventListener({
  name: 'postSave',
  handler: ({ entry }) => {
    const saved = savedEntry((entry as unknown as ImmutableEntry).toJS());
    const parsed = saved && EDITABLE_SCHEMAS[saved.kind].safeParse(saved.data);
    if (saved && parsed?.success) remember(saved, parsed.data, data);
  },
});

void CMS.init({ config });
