// `npm test` runs this first (pretest). It checks that the Debian tools the tests use are installed and,
// when some are missing, installs them if this machine allows it (root or passwordless sudo, and apt-get);
// otherwise it prints what to type and exits 1. With everything present it prints nothing.
import { spawnSync } from 'node:child_process';
import { isInstalled, missingTools, missingToolsMessage } from '../src/local/test-tools.ts';

const missing = missingTools();
if (missing.length > 0) {
  const asRoot = rootPrefix();
  if (!asRoot || !isInstalled('apt-get')) fail(missingToolsMessage(missing));
  const packages = missing.map((item) => item.debianPackage);
  console.log(`Installing the test tools with apt-get: ${packages.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['apt-get', 'update', '-qq'],
    ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...packages],
  ]) {
    const [command, ...rest] = [...asRoot, ...args];
    if (spawnSync(command!, rest, { stdio: 'inherit', env }).status !== 0) fail(missingToolsMessage(missing));
  }
  const left = missingTools();
  if (left.length > 0) fail(missingToolsMessage(left));
}

/** How to run a command as root: directly, through sudo without a password, or not at all. */
function rootPrefix(): string[] | undefined {
  if (process.getuid?.() === 0) return [];
  const sudo = spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' });
  return sudo.status === 0 ? ['sudo'] : undefined;
}

function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}
