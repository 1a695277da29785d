// Makes sure Playwright has a Chromium to drive before the end-to-end tests: $CHROMIUM_PATH, then
// Debian's /usr/bin/chromium, then Playwright's own. If none is there it installs one (Playwright's
// download where that works, else Debian's `chromium` when running as root with apt), and otherwise
// stops with one sentence saying what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

function found() {
  for (const candidate of [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // No Playwright browser installed.
  }
  return undefined;
}

function run(command, args) {
  console.log(`ensure-browser: ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', timeout: 15 * 60_000 }).status === 0;
}

let browser = found();
if (!browser) {
  console.log('ensure-browser: no Chromium found; trying to install one.');
  run(process.execPath, ['node_modules/@playwright/test/cli.js', 'install', 'chromium']);
  browser = found();
}
if (!browser && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  if (run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', 'chromium']))
    browser = found();
}
if (!browser) {
  console.error(
    'No Chromium found for the end-to-end tests: install Debian\'s "chromium" package (sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.',
  );
  process.exit(1);
}
try {
  const version = execFileSync(browser, ['--version'], { encoding: 'utf8' }).trim();
  console.log(`ensure-browser: using ${browser} (${version})`);
} catch {
  console.log(`ensure-browser: using ${browser}`);
}
