// `npm run check -- --format github`: the same problems `check` prints, told to GitHub Actions as well, so a
// staff member who saved in the editor sees them on the run's page: one annotation per problem on its
// file and line, and a Markdown summary listing all of them. Pure formatting first, the I/O at the end.
import { appendFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { UserError } from '../core/user-error.ts';
import { formatProblem, hasErrors, sortProblems, type Problem } from '../lib/problems.ts';
import type { ValueFlag } from './flags.ts';

export type ReportFormat = 'teks' | 'github';

export const formatFlag: ValueFlag<ReportFormat> = {
  placeholder: '<teks|github>',
  example: 'github',
  help: 'bentuk laporan: teks (bawaan), atau github (juga anotasi dan ringkasan GitHub Actions)',
  read: (raw) => {
    if (raw === undefined || raw === 'teks' || raw === 'github') return raw ?? 'teks';
    throw new UserError(`Format "${raw}" tidak dikenal; pilih --format teks atau --format github.`);
  },
};

/** GitHub shows at most this many annotations of each kind per step; the summary lists far more. */
export const ANNOTATIONS_SHOWN = 10;

/** A step's summary may hold 1 MiB; rows are at most a few hundred bytes, so this many always fit. */
export const SUMMARY_ROWS = 1000;

/** Where the run happens: how a problem's path becomes a repository path, and a link to the file. */
export interface GithubPlace {
  repoPath(file: string): string;
  fileUrl?: ((path: string, line: number | undefined) => string) | undefined;
}

/**
 * Problem paths are relative to the working folder (`content/layanan/sktm.md`) when the content folder lies
 * inside it, as in the workflows, which run `check` at the repository root. Annotations need them relative
 * to the repository root, GITHUB_WORKSPACE; a path outside it is left as it is.
 */
export function githubPlace(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): GithubPlace {
  const root = env.GITHUB_WORKSPACE || cwd;
  const repoPath = (file: string) => {
    const path = relative(root, resolve(cwd, file));
    return path.startsWith('..') || isAbsolute(path) ? file : path.split(sep).join('/');
  };
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = env;
  if (!server || !repo || !sha) return { repoPath };
  return {
    repoPath,
    fileUrl: (path, line) => `${server}/${repo}/blob/${sha}/${encodeURI(path)}${line ? `#L${line}` : ''}`,
  };
}

/** What is wrong, without the "file baris N:" that annotations and the table show on their own. */
export function problemSentence(problem: Problem): string {
  const whole = formatProblem(problem);
  const where = problem.line ? `${problem.file} baris ${problem.line}: ` : `${problem.file}: `;
  return whole.slice(where.length).replace(/^peringatan: /, '');
}

/** `::error file=content/layanan/sktm.md,line=4,title=Kesalahan konten::«persyaratan» harus …` */
export function annotationLine(problem: Problem, place: GithubPlace): string {
  const command = problem.level === 'galat' ? 'error' : 'warning';
  const properties = [`file=${escapeProperty(place.repoPath(problem.file))}`];
  if (problem.line) properties.push(`line=${problem.line}`);
  properties.push(`title=${escapeProperty(levelName(problem))} konten`);
  return `::${command} ${properties.join(',')}::${escapeData(problemSentence(problem))}`;
}

export function annotationLines(problems: readonly Problem[], place: GithubPlace): string[] {
  return sortProblems(problems).map((problem) => annotationLine(problem, place));
}

/**
 * The job summary: whether the content passed, what happens to the site, and every problem in a table.
 * `passed` is check's count of what was checked ("16 layanan, 20 desa"), present only when content loaded.
 */
export function summaryMarkdown(problems: readonly Problem[], place: GithubPlace, passed?: string): string {
  // Errors first: they are what stops the site; within each kind, file by file as check prints them.
  const sorted = sortProblems(problems).sort((a, b) => Number(a.level !== 'galat') - Number(b.level !== 'galat'));
  const errors = sorted.filter((problem) => problem.level === 'galat').length;
  const warnings = sorted.length - errors;
  const lines = ['## Pemeriksaan konten', ''];
  if (hasErrors(sorted) || passed === undefined) {
    lines.push(
      `✗ **${errors} kesalahan${warnings ? `, ${warnings} peringatan` : ''}.** ` +
        'Perubahan ini tidak diterbitkan: situs yang sedang tayang tetap seperti sebelumnya. ' +
        'Perbaiki berkas di bawah (di editor `/admin/` atau di GitHub), lalu simpan lagi; pemeriksaan berjalan sendiri.',
    );
  } else {
    lines.push(`✓ **Konten lolos pemeriksaan:** ${passed}${warnings ? `, ${warnings} peringatan` : ''}.`);
    if (warnings) lines.push('', 'Peringatan tidak menghentikan penerbitan, tetapi sebaiknya segera ditindaklanjuti.');
  }
  if (sorted.length === 0) return `${lines.join('\n')}\n`;
  lines.push('', '| Jenis | Berkas | Baris | Masalah |', '| --- | --- | --- | --- |');
  for (const problem of sorted.slice(0, SUMMARY_ROWS)) {
    const path = place.repoPath(problem.file);
    const shown = `\`${path}\``;
    const file = place.fileUrl ? `[${shown}](${place.fileUrl(path, problem.line)})` : shown;
    const level = problem.level === 'galat' ? '✗ Kesalahan' : '⚠ Peringatan';
    lines.push(`| ${level} | ${file} | ${problem.line ?? ''} | ${escapeCell(problemSentence(problem))} |`);
  }
  if (sorted.length > SUMMARY_ROWS) {
    lines.push(
      '',
      `… dan ${sorted.length - SUMMARY_ROWS} masalah lainnya; daftar lengkap ada di catatan (log) langkah pemeriksaan.`,
    );
  } else if (errors > ANNOTATIONS_SHOWN || warnings > ANNOTATIONS_SHOWN) {
    lines.push(
      '',
      `GitHub hanya menandai ${ANNOTATIONS_SHOWN} kesalahan dan ${ANNOTATIONS_SHOWN} peringatan pertama pada baris berkas; daftar di atas lengkap.`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Prints the annotations and appends the summary to the run's page (GITHUB_STEP_SUMMARY), when there is one. */
export async function reportToGithub(
  problems: readonly Problem[],
  passed: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const place = githubPlace(env);
  for (const line of annotationLines(problems, place)) console.log(line);
  if (env.GITHUB_STEP_SUMMARY) await appendFile(env.GITHUB_STEP_SUMMARY, summaryMarkdown(problems, place, passed));
}

function levelName(problem: Problem): string {
  return problem.level === 'galat' ? 'Kesalahan' : 'Peringatan';
}

// The escaping GitHub's runner undoes for workflow commands (actions/toolkit, command.ts).
function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

// A cell is one line of Markdown. Messages quote markup on purpose ("pakai **teks**", "skrip <script>"), so
// every character Markdown or HTML would act on is escaped: staff read exactly what `check` prints.
function escapeCell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/[\\`*_[\]<>|~&]/g, '\\$&');
}
