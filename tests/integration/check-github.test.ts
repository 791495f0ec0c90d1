// `npm run check -- --format github` as the publish workflow runs it, at the root of a repository: every
// problem becomes an annotation on its file and line, and the run's summary page lists them all.
import { execFile } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BROKEN, VALID_CONTENT } from '../support/content-dir.ts';
import type { CliResult } from '../support/run-cli.ts';
import { tempDir } from '../support/temp-dir.ts';

const CHECK = join(import.meta.dirname, '../../scripts/check.ts');

/** A repository folder holding `content/` (the valid set plus `extra`), checked from its root as in Actions. */
async function checkOnGithub(extra: Record<string, string>): Promise<CliResult & { summary: string }> {
  const repo = await tempDir('repo');
  await cp(VALID_CONTENT, join(repo, 'content'), { recursive: true });
  for (const [target, source] of Object.entries(extra)) await cp(source, join(repo, 'content', target));
  const summaryFile = join(repo, 'ringkasan.md');
  await writeFile(summaryFile, '');
  const { PELITA_CONTENT: _ignored, ...env } = process.env;
  const result = await promisify(execFile)(process.execPath, [CHECK, '--konten', 'content', '--format', 'github'], {
    cwd: repo,
    env: { ...env, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: repo, GITHUB_STEP_SUMMARY: summaryFile },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: CliResult) => error,
  );
  return { ...result, summary: await readFile(summaryFile, 'utf8') };
}

describe('npm run check -- --format github', () => {
  it('annotates each problem on its file and line and lists it in the summary, still failing', async () => {
    const { code, stdout, summary } = await checkOnGithub({
      'layanan/persyaratan-kosong.md': join(BROKEN, 'layanan/persyaratan-kosong.md'),
      'desa/kode-salah.yaml': join(BROKEN, 'desa/kode-salah.yaml'),
    });
    expect(code).toBe(1);
    expect(stdout).toContain(
      '::error file=content/layanan/persyaratan-kosong.md,line=5,title=Kesalahan konten::«persyaratan» harus berisi minimal satu dokumen',
    );
    expect(stdout).toMatch(/^::error file=content\/desa\/kode-salah\.yaml,line=3,title=Kesalahan konten::«kode»/m);
    // The plain report stays in the log, as staff know it from the terminal.
    expect(stdout).toContain('content/layanan/persyaratan-kosong.md baris 5: «persyaratan» harus berisi');
    expect(summary).toContain('✗ **2 kesalahan.** Perubahan ini tidak diterbitkan');
    expect(summary).toContain('| ✗ Kesalahan | `content/layanan/persyaratan-kosong.md` | 5 | «persyaratan» harus');
  });

  it('writes a passing summary with what was checked', async () => {
    const { code, stdout, summary } = await checkOnGithub({});
    expect(code).toBe(0);
    expect(stdout).not.toContain('::error');
    expect(summary).toBe('## Pemeriksaan konten\n\n✓ **Konten lolos pemeriksaan:** 2 layanan, 2 desa.\n');
  });
});
