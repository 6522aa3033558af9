#!/usr/bin/env node
// Makes sure a Chromium exists for the e2e tests, so a newcomer needs no extra
// step: Debian's chromium through apt when running as root on Debian/Ubuntu,
// otherwise Playwright's own download.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './browser-path.mjs';

function run(command, args) {
  execFileSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

if (chromiumPath() !== undefined) {
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.error("No Chromium found: installing Debian's chromium with apt-get…");
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', 'chromium']);
} else {
  console.error("No system Chromium found: downloading Playwright's own Chromium…");
  run('npx', ['playwright', 'install', 'chromium']);
}
