import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Where a Chromium may be: $CHROMIUM_PATH, then /usr/bin/chromium, then the PATH. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates: string[] = [];
  if (env.CHROMIUM_PATH) candidates.push(env.CHROMIUM_PATH);
  candidates.push('/usr/bin/chromium');
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
      candidates.push(join(dir, name));
    }
  }
  for (const path of candidates) {
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // not here; try the next one
    }
  }
  return null;
}

export function e2eRequired(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CI === 'true' || env.REQUIRE_E2E === '1';
}

export const MISSING_BROWSER_MESSAGE = [
  '',
  '==================================================================',
  '  END-TO-END TESTS SKIPPED: no Chromium found.',
  '  Looked at $CHROMIUM_PATH, /usr/bin/chromium, and chromium /',
  '  google-chrome on the PATH. Install one (Debian/Ubuntu):',
  '',
  '      sudo apt-get install chromium fonts-wqy-zenhei',
  '',
  '  or point CHROMIUM_PATH at a Chrome/Chromium binary.',
  '  (With CI=true or REQUIRE_E2E=1 a missing browser is a failure.)',
  '==================================================================',
  '',
].join('\n');
