// A problem found in content: where it is (file, line, field) and what to do, for staff to read.
export type Level = 'galat' | 'peringatan';

export interface Problem {
  /** Path relative to the project, e.g. "content/layanan/sktm.md". */
  file: string;
  line?: number | undefined;
  /** The field as staff see it, e.g. «persyaratan» butir ke-2. */
  field?: string | undefined;
  message: string;
  level: Level;
}

type Where = { line?: number | undefined; field?: string | undefined };

export function errorIn(file: string, message: string, where: Where = {}): Problem {
  return { file, message, level: 'galat', ...where };
}

export function warningIn(file: string, message: string, where: Where = {}): Problem {
  return { file, message, level: 'peringatan', ...where };
}

/** One line per problem: `content/layanan/sktm.md baris 4: «persyaratan» harus berisi minimal satu dokumen.` */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file} baris ${problem.line}` : problem.file;
  const sentence = problem.field ? `${problem.field} ${problem.message}` : capitalise(problem.message);
  const prefix = problem.level === 'peringatan' ? 'peringatan: ' : '';
  return `${where}: ${prefix}${sentence.replace(/[.?!]?$/, (end) => end || '.')}`;
}

/** Sorted by file, then line, so staff can work through one file at a time. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.message.localeCompare(b.message),
  );
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.level === 'galat');
}

/** Thrown when content cannot be published; its message is the full report in Bahasa Indonesia. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: readonly Problem[]) {
    const sorted = sortProblems(problems);
    const errors = sorted.filter((problem) => problem.level === 'galat').length;
    super(
      `${reportProblems(sorted)}\n\n${errors} kesalahan pada isi konten. Tidak ada yang diterbitkan; perbaiki lalu jalankan lagi.`,
    );
    this.name = 'ContentError';
    this.problems = sorted;
  }
}

export function reportProblems(problems: readonly Problem[]): string {
  return sortProblems(problems).map(formatProblem).join('\n');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
