/**
 * Finds the browsers the test suite runs in, without ever downloading one:
 *   Chromium: $CHROME_PATH → chromium / chromium-browser / google-chrome(-stable) on PATH →
 *             the Chromium shipped inside the @sparticuz/chromium npm package (Linux x64/arm64).
 *             NABIJ_CHROMIUM=packaged skips the first two, to test that fallback on a machine that has Chromium.
 *   Firefox:  $FIREFOX_PATH → firefox-esr / firefox on PATH → none (Firefox runs are skipped, with a notice).
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

function onPath(names) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of names) {
      const candidate = join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here; keep looking
      }
    }
  }
  return undefined;
}

/** @returns {Promise<{ executablePath: string, args: string[], origin: string }>} */
export async function findChromium() {
  if (process.env.NABIJ_CHROMIUM !== 'packaged') {
    if (process.env.CHROME_PATH) return { executablePath: process.env.CHROME_PATH, args: [], origin: 'CHROME_PATH' };
    const system = onPath(['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']);
    if (system) return { executablePath: system, args: [], origin: 'system' };
  }
  const { default: packaged } = await import('@sparticuz/chromium');
  return { executablePath: await packaged.executablePath(), args: packaged.args, origin: '@sparticuz/chromium' };
}

/** @returns {string | undefined} */
export function findFirefox() {
  if (process.env.FIREFOX_PATH) return process.env.FIREFOX_PATH;
  return onPath(['firefox-esr', 'firefox']);
}

/** Flags every headless Chromium run here needs: no sandbox as root, and no background traffic off the machine. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Headless Chromium through Playwright (the story runner, the CSP checks, the benchmarks), found as above.
 * @param {import('playwright-core').LaunchOptions} [options]
 * @returns {Promise<import('playwright-core').Browser>}
 */
export async function launchChromium(options = {}) {
  const { chromium } = await import('playwright-core');
  const found = await findChromium();
  return chromium.launch({
    ...options,
    executablePath: found.executablePath,
    args: [...found.args, ...chromiumFlags, ...(options.args ?? [])],
  });
}
