/**
 * What the browser scripts (story runner, CSP demo check, two-copies check) count as a problem on a page:
 * an uncaught error, a console error, a failed request (by URL; the browser's own favicon request aside), a
 * request that leaves the page's origin, and Content-Security-Policy violations.
 */

/**
 * Reports problems into `problems` as they happen; violations are collected in the page for readViolations().
 * @param {import('playwright-core').Page} page
 * @param {string[]} problems
 * @param {{ origin?: string, failing?: string[], onConsole?: (message: import('playwright-core').ConsoleMessage) => void }} [options]
 *   origin: report every request outside it; failing: paths the page requests on purpose to show an error;
 *   onConsole: sees every console message too (e.g. to keep warnings).
 */
export async function watchPage(page, problems, { origin, failing = [], onConsole } = {}) {
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    onConsole?.(message);
    // "Failed to load resource" is reported below with its URL, so the favicon can be told from a missing module.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`console: ${message.text()}`);
    }
  });
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (response.status() >= 400 && !/\/favicon\.(ico|svg)$/.test(path) && !failing.includes(path)) {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  if (origin) {
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:'))
        problems.push(`left the origin: ${request.url()}`);
    });
  }
  await page.addInitScript(() => {
    window.__nabijViolations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__nabijViolations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
}

/** The CSP violations the page has seen so far, as "directive blocked-URI" lines. */
export function readViolations(page) {
  return page.evaluate(() => window.__nabijViolations);
}
