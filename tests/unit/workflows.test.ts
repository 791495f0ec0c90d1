// The GitHub Actions workflows staff publish through: each one is valid for GitHub (checked with
// @action-validator/core, GitHub's published workflow schema compiled to wasm), and each keeps its promise —
// a save to main is checked before it is built and deployed, "Cetak rilis" runs by hand and commits
// dicetak.json before handing out posters, and every pull request runs the tests with the tools they need.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateWorkflow, type ValidationError } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { TEST_TOOLS } from '../../src/local/test-tools.ts';

const ROOT = join(import.meta.dirname, '../..');
const WORKFLOWS = join(ROOT, '.github/workflows');
const BROKEN = join(ROOT, 'tests/fixtures/workflows');

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  if?: string;
}
interface Job {
  needs?: string | string[];
  permissions?: Record<string, string>;
  container?: { image: string };
  environment?: { name: string };
  steps: Step[];
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, Job>;
}

const files = (dir: string) => readdirSync(dir).filter((name) => /\.ya?ml$/.test(name));
const workflow = (file: string) => parse(readFileSync(join(WORKFLOWS, file), 'utf8')) as Workflow;
const steps = (flow: Workflow) => Object.values(flow.jobs).flatMap((job) => job.steps);
/** The index of the first step whose command contains `text`; -1 when none does. */
const stepRunning = (job: Job, text: string) => job.steps.findIndex((step) => step.run?.includes(text));
const stepUsing = (job: Job, action: string) => job.steps.findIndex((step) => step.uses?.startsWith(`${action}@`));

/** Every message in a validation result, nested "one of" alternatives included, for a readable failure. */
function messages(errors: readonly ValidationError[]): string[] {
  return errors.flatMap((error) => [
    `${'path' in error ? error.path : ''} ${error.title}${error.detail ? `: ${error.detail}` : ''}`,
    ...('states' in error ? (error.states ?? []).flatMap((state) => messages(state.errors)) : []),
  ]);
}

describe('workflow files', () => {
  it('are the three the administrator guide describes', () => {
    expect(files(WORKFLOWS).sort()).toEqual(['cetak-rilis.yml', 'terbitkan.yml', 'uji.yml']);
  });

  it.each(files(WORKFLOWS))('%s is a valid GitHub Actions workflow', (file) => {
    const { actionType, errors } = validateWorkflow(readFileSync(join(WORKFLOWS, file), 'utf8'));
    expect(actionType).toBe('workflow');
    expect(messages(errors)).toEqual([]);
  });

  it.each([
    ['kunci-salah-eja.yml', "Additional property 'step' is not allowed"],
    ['pemicu-salah-eja.yml', '/on'],
    ['masukan-bukan-peta.yml', '/jobs/bangun/steps/0/with'],
    ['yaml-rusak.yml', 'Parse Error'],
  ])('the validator rejects the broken workflow %s', (file, expected) => {
    const { errors } = validateWorkflow(readFileSync(join(BROKEN, file), 'utf8'));
    expect(errors.length).toBeGreaterThan(0);
    expect(messages(errors).join('\n')).toContain(expected);
  });

  it('has a fixture for every case above and no other', () => {
    expect(files(BROKEN).sort()).toEqual([
      'kunci-salah-eja.yml',
      'masukan-bukan-peta.yml',
      'pemicu-salah-eja.yml',
      'yaml-rusak.yml',
    ]);
  });

  it.each(files(WORKFLOWS))('%s pins every action to a version or a full commit, and names every step', (file) => {
    for (const step of steps(workflow(file))) {
      expect(step.name, JSON.stringify(step)).toMatch(/\S/);
      if (step.uses) expect(step.uses).toMatch(/^[\w.-]+\/[\w.-]+@(v\d+(\.\d+){0,2}|[0-9a-f]{40})$/);
    }
    // A commit pin names its release, so a reader (and Dependabot) can tell which it is.
    const pinned = readFileSync(join(WORKFLOWS, file), 'utf8')
      .split('\n')
      .filter((line) => /uses: \S+@[0-9a-f]{40}/.test(line));
    for (const line of pinned) expect(line).toMatch(/@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });

  it.each(files(WORKFLOWS))('%s installs Node 24 with setup-node before npm ci', (file) => {
    for (const job of Object.values(workflow(file).jobs).filter((job) => stepRunning(job, 'npm ci') >= 0)) {
      const setup = stepUsing(job, 'actions/setup-node');
      expect(setup).toBeGreaterThanOrEqual(0);
      expect(job.steps[setup]!.with).toMatchObject({ 'node-version': 24, cache: 'npm' });
      expect(setup).toBeLessThan(stepRunning(job, 'npm ci'));
    }
  });
});

describe('Terbitkan situs (terbitkan.yml)', () => {
  const flow = workflow('terbitkan.yml');
  const build = flow.jobs.bangun!;
  const deploy = flow.jobs.terbitkan!;

  it("runs on every push to main, which is every save in the editor, and on the editor's publish button", () => {
    expect(flow.on.push).toEqual({ branches: ['main'] });
    expect(flow.on.repository_dispatch).toEqual({ types: ['sveltia-cms-publish'] });
  });

  it("builds with the editor's sign-in taken from the repository variables", () => {
    const env = build.steps[stepRunning(build, 'npm run build')]!.env;
    expect(env).toEqual({
      PELITA_EDITOR_BACKEND: '${{ vars.PELITA_EDITOR_BACKEND }}',
      PELITA_EDITOR_AUTH: '${{ vars.PELITA_EDITOR_AUTH }}',
      PELITA_EDITOR_APP_ID: '${{ vars.PELITA_EDITOR_APP_ID }}',
    });
  });

  it('checks the content, with annotations and a summary, before it builds', () => {
    const check = stepRunning(build, 'npm run check -- --format github');
    expect(check).toBeGreaterThan(stepRunning(build, 'npm ci'));
    expect(check).toBeLessThan(stepRunning(build, 'npm run build'));
  });

  it('deploys to GitHub Pages only after the build succeeded, with only the rights that needs', () => {
    expect(build.steps[stepUsing(build, 'actions/upload-pages-artifact')]!.with).toEqual({ path: 'dist' });
    expect(stepUsing(build, 'actions/upload-pages-artifact')).toBeGreaterThan(stepRunning(build, 'npm run build'));
    expect(deploy.needs).toBe('bangun');
    expect(stepUsing(deploy, 'actions/deploy-pages')).toBeGreaterThanOrEqual(0);
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy.environment?.name).toBe('github-pages');
    expect(flow.permissions).toEqual({ contents: 'read' });
  });

  it('publishes one save at a time and never cancels a deploy halfway', () => {
    expect(flow.concurrency).toEqual({ group: 'terbitkan-situs', 'cancel-in-progress': false });
  });

  it('keeps the poster cache between runs', () => {
    const cache = build.steps[stepUsing(build, 'actions/cache')]!;
    expect(cache.with?.path).toBe('.cache/pelita');
    expect(stepUsing(build, 'actions/cache')).toBeLessThan(stepRunning(build, 'npm run build'));
  });
});

describe('Cetak rilis (cetak-rilis.yml)', () => {
  const flow = workflow('cetak-rilis.yml');
  const job = flow.jobs.cetak!;
  const print = stepRunning(job, 'npm run --silent posters -- --rilis --keluar cetak');
  const commit = stepRunning(job, 'git commit');

  it('is started only by hand, from the Actions page, and refuses any branch but main first', () => {
    expect(Object.keys(flow.on)).toEqual(['workflow_dispatch']);
    expect(flow.name).toBe('Cetak rilis');
    expect(job.steps[0]!.run).toContain('if [ "$GITHUB_REF" != refs/heads/main ]; then');
    expect(job.steps[0]!.run).toContain('exit 1');
  });

  it('commits content/dicetak.json to main after the print run, as a bot, and only when it changed', () => {
    expect(print).toBeGreaterThanOrEqual(0);
    expect(commit).toBeGreaterThan(print);
    const script = job.steps[commit]!.run!;
    expect(script).toContain('git add content/dicetak.json');
    expect(script).toContain('git diff --cached --quiet');
    expect(script).toContain("git config user.name 'github-actions[bot]'");
    expect(script).toContain('git push origin HEAD:main');
    expect(flow.permissions).toMatchObject({ contents: 'write' });
  });

  it('hands out the posters and sheets as one archive only once the run is recorded', () => {
    const upload = stepUsing(job, 'actions/upload-artifact');
    expect(job.steps[upload]!.with).toMatchObject({ path: 'cetak/', 'if-no-files-found': 'error' });
    expect(upload).toBeGreaterThan(commit);
  });

  it('writes the reprint report on the summary page, also when the run was refused', () => {
    const summary = job.steps.find((step) => step.run?.includes('GITHUB_STEP_SUMMARY'))!;
    expect(summary.if).toBe('always()');
    expect(job.steps[print]!.run).toContain('| tee laporan-cetak.txt');
    expect(summary.run).toContain('cat laporan-cetak.txt');
  });

  it('republishes the site afterwards', () => {
    expect(stepRunning(job, 'gh workflow run terbitkan.yml --ref main')).toBeGreaterThan(commit);
    expect(flow.permissions).toMatchObject({ actions: 'write' });
  });
});

describe('Uji perubahan (uji.yml)', () => {
  const flow = workflow('uji.yml');
  const job = flow.jobs.uji!;

  it('runs the README commands on every pull request: install, build, test, lint', () => {
    expect(Object.keys(flow.on)).toEqual(['pull_request']);
    const order = ['npm ci', 'npm run build', 'npm test', 'npm run lint'].map((command) => stepRunning(job, command));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('runs every command of .ci/run, the repository CI script, in the same order', () => {
    const script = readFileSync(join(ROOT, '.ci/run'), 'utf8');
    const commands = script
      .split('\n')
      .filter((line) => line.startsWith('npm '))
      .flatMap((line) => line.split('&&').map((part) => part.trim()));
    expect(commands.length).toBeGreaterThan(0);
    const order = commands.map((command) => job.steps.findIndex((step) => step.run?.trim() === command));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('installs exactly the Debian packages the tests need, in a Debian container', () => {
    const install = job.steps[stepRunning(job, 'apt-get install')]!.run!;
    const packages = install
      .slice(install.indexOf('--no-install-recommends') + 24)
      .trim()
      .split(/\s+/);
    expect(new Set(packages)).toEqual(new Set(TEST_TOOLS.map((tool) => tool.debianPackage)));
    expect(job.container?.image).toMatch(/^node:24-(bookworm|trixie)$/);
  });
});
