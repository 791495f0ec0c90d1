// Lighthouse against a built dist/, served locally, in Debian's chromium: the four category scores for
// a page, and the audits that cost points, so that they can be fixed.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../src/local/chromium.ts';
import { serveDist } from '../../src/local/static-server.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseScores {
  path: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Audits below full marks, "category: title". */
  flagged: string[];
}

export async function lighthouseScores(distDir: string, sitePaths: readonly string[]): Promise<LighthouseScores[]> {
  const server = await serveDist(distDir);
  const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  try {
    const results: LighthouseScores[] = [];
    for (const path of sitePaths) {
      const run = await lighthouse(server.origin + path, {
        port: chrome.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: [...CATEGORIES],
      });
      if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { categories, audits } = run.lhr;
      const scores = Object.fromEntries(
        CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)]),
      ) as LighthouseScores['scores'];
      const flagged = CATEGORIES.flatMap((id) =>
        (categories[id]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => {
            const audit = audits[ref.id]!;
            return `${id}: ${audit.title} (${audit.displayValue ?? `score ${audit.score}`})`;
          }),
      );
      results.push({ path, scores, flagged });
    }
    return results;
  } finally {
    chrome.kill();
    await server.close();
  }
}
