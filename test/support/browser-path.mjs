import { existsSync } from 'node:fs';

/**
 * Where the Chromium for the e2e tests lives: $CHROMIUM_PATH if set, else
 * Debian's /usr/bin/chromium, else undefined (Playwright's own browser).
 */
export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find(
    (candidate) => candidate !== undefined && candidate !== '' && existsSync(candidate),
  );
}
