// Installs s3db.js 21.6.2 into ./node_modules for the interop tests; run by the Maven build
// (generate-test-resources) as `node install.mjs`.
//
// Why a script and not a bare `npm install`: a fresh install takes ~1 min, so it runs only when
// node_modules is missing or older than package.json / package-lock.json / the stub (a marker file written
// after each successful install says when that was).
// Why these flags: `--no-save` keeps the committed lock file as it is on every machine (npm would
// otherwise rewrite it, e.g. to add registry URLs); `--ignore-scripts` because the only install scripts
// are argon2's and bcrypt's native builds, which the tested types never load (and npm 11 skips them
// anyway); `npm ci` is not usable: npm leaves two optional peers of s3db.js out of the lock file it
// writes and then refuses it.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const mtime = (p) => statSync(join(here, p)).mtimeMs;
const installed = join('node_modules', '.s3db-interop-installed');
const inputs = ['package.json', 'package-lock.json', 'stubs/cli-args-parser/package.json'];

if (existsSync(join(here, installed)) && existsSync(join(here, 'node_modules/s3db.js/package.json'))
    && inputs.every((p) => mtime(p) <= mtime(installed))) {
  console.log('s3db-interop: node_modules is up to date');
  process.exit(0);
}

console.log('s3db-interop: npm install (s3db.js 21.6.2 and its locked dependencies) in ' + here);
const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--ignore-scripts'], {
  cwd: here,
  stdio: 'inherit',
  shell: process.platform === 'win32', // npm is npm.cmd there
});
if (npm.error) {
  console.error(`s3db-interop: cannot run npm (${npm.error.message}). The interop tests need Node.js 20+ and npm`
      + ' on the PATH; install them, or skip this module with -DskipInterop.');
  process.exit(1);
}
if (npm.status === 0) {
  writeFileSync(join(here, installed), new Date().toISOString() + '\n');
}
process.exit(npm.status ?? 1);
