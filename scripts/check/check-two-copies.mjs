/**
 * Two copies of Nabij on one page, as happens when a site loads the CDN build and an LMS plug-in brings its
 * own: this release twice (the autoloader and a standalone file, each with its own Lit), and a copy that
 * claims another version and registers under a prefix (`define('v2')` → `<v2-lemma-card>`). Runs in headless
 * Chromium under the strict CSP with Trusted Types, plus 'allow-duplicates' (each copy's Lit creates its own
 * `lit-html` policy; the README says so). Fails on a page error, a CSP violation, a warning other than the one
 * expected for the other version, or an element that does not render. Needs `npm run build` first.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from '../lib/browsers.mjs';
import { readViolations, watchPage } from '../lib/page-watch.mjs';
import { STRICT_CSP } from '../dev/serve-demo.mjs';
import { inside, listen, staticServer } from '../lib/static-server.mjs';

const root = resolve(new URL('../..', import.meta.url).pathname);
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const OTHER_VERSION = `${version}-other`;

// The other copy: the CDN build with another version stamped into it, served from its own folder.
const work = join(root, '.tmp/two-copies');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
cpSync(join(root, 'dist/cdn'), join(work, 'other'), { recursive: true });
let stamped = 0;
for (const entry of readdirSync(join(work, 'other'), { recursive: true })) {
  const file = join(work, 'other', String(entry));
  if (!file.endsWith('.js')) continue;
  const code = readFileSync(file, 'utf8');
  const changed = code.replaceAll(`="${version}"`, `="${OTHER_VERSION}"`);
  if (changed !== code) {
    writeFileSync(file, changed);
    stamped++;
  }
}
if (stamped === 0) throw new Error(`no "${version}" found in dist/cdn: is the build current?`);
writeFileSync(
  join(work, 'other-copy.js'),
  "import { define } from '/two-copies/other/standalone/lemma-card.js';\ndefine('v2');\n",
);

const page = `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <title>Twee kopieën van Nabij</title>
    <script type="module" src="/dist/cdn/nabij.js"></script>
    <script type="module" src="/dist/cdn/standalone/lemma-card.js"></script>
    <script type="module" src="/two-copies/other-copy.js"></script>
  </head>
  <body>
    <lemma-card lemma="presentie"></lemma-card>
    <v2-lemma-card lemma="wederkerigheid"></v2-lemma-card>
    <ladder-van-verbintenis></ladder-van-verbintenis>
  </body>
</html>`;

const server = staticServer({
  resolveFile: (pathname) =>
    pathname.startsWith('/two-copies/') ? inside(work, pathname.slice('/two-copies'.length)) : inside(root, pathname),
  pages: { '/two-copies.html': page },
  headers: { 'content-security-policy': `${STRICT_CSP} 'allow-duplicates'` },
});
const origin = await listen(server);
const browser = await launchChromium();
const problems = [];
const warnings = [];
try {
  const tab = await browser.newPage();
  await watchPage(tab, problems, {
    origin,
    onConsole: (message) => message.type() === 'warning' && warnings.push(message.text()),
  });
  await tab.goto(`${origin}/two-copies.html`);
  const rendered = tab.waitForFunction(
    () =>
      ['lemma-card', 'v2-lemma-card', 'ladder-van-verbintenis'].every((tag) =>
        document.querySelector(tag)?.shadowRoot?.querySelector('[part="title"], [role="alert"]'),
      ),
    null,
    { timeout: 15000 },
  );
  if (!(await rendered.then(() => true).catch(() => false))) {
    problems.push('the three elements did not all render their title or an error within 15 s');
  }
  const seen = await tab.evaluate(() => ({
    titles: ['lemma-card', 'v2-lemma-card', 'ladder-van-verbintenis'].map(
      (tag) =>
        document.querySelector(tag).shadowRoot?.querySelector('[part="title"], [role="alert"]')?.textContent.trim() ??
        '(nothing)',
    ),
    versions: ['lemma-card', 'v2-lemma-card'].map((tag) => customElements.get(tag)?.nabijVersion),
  }));
  const violations = await readViolations(tab);
  const expectedTitles = ['Presentie', 'Wederkerigheid', 'Ladder van onderlinge verbintenissen'];
  seen.titles.forEach((title, index) => {
    if (!title.includes(expectedTitles[index])) problems.push(`expected “${expectedTitles[index]}”, saw “${title}”`);
  });
  if (seen.versions[0] !== version) problems.push(`<lemma-card> is held by ${seen.versions[0]}, not ${version}`);
  if (seen.versions[1] !== OTHER_VERSION) problems.push(`<v2-lemma-card> is ${seen.versions[1]}`);
  problems.push(...violations.map((violation) => `CSP violation: ${violation}`));
  const expectedWarning = `[nabij] <lemma-card> is taken (by ${version}); ${OTHER_VERSION} uses a prefix`;
  const nabijWarnings = warnings.filter((text) => text.startsWith('[nabij]'));
  if (nabijWarnings.length !== 1 || !nabijWarnings[0].startsWith(expectedWarning))
    problems.push(`expected one warning “${expectedWarning}…”, got ${JSON.stringify(nabijWarnings)}`);
} finally {
  await browser.close();
  server.close();
}
for (const problem of problems) console.log(`✗ ${problem}`);
console.log(
  `two copies on one page (same release twice, another version under a prefix, strict CSP): ${problems.length ? 'failed' : 'passed'}`,
);
process.exit(problems.length ? 1 : 0);
