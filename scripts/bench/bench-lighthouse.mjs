/**
 * Lighthouse 12.8 (the npm package, fetched by npx on first use so it stays out of the install; 13 needs
 * Node 22) with the system Chromium, on the demo page and on one page per element, all served under the
 * strict CSP. Prints the performance and accessibility scores (goal: 100/100) and the paint and layout
 * figures behind them. A benchmark that prints figures, not a test.
 *   npm run bench:lighthouse      (needs `npm run build`)
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromiumFlags, findChromium } from '../lib/browsers.mjs';
import { STRICT_CSP } from '../dev/serve-demo.mjs';
import { inside, listen, staticServer } from '../lib/static-server.mjs';

const LIGHTHOUSE = 'lighthouse@12.8.2';
const root = resolve(new URL('../..', import.meta.url).pathname);
const out = join(root, '.tmp/lighthouse');
mkdirSync(out, { recursive: true });

/** One page per element with built-in content, as a page author would write it: one script tag and the tag. */
const elementPages = {
  'lemma-card': '<lemma-card lemma="wederkerigheid" variant="full"></lemma-card>',
  'ladder-van-verbintenis': '<ladder-van-verbintenis mode="conversation"></ladder-van-verbintenis>',
  'casus-viewer': '<casus-viewer casus="6"></casus-viewer>',
  'casus-index': '<casus-index></casus-index>',
  'lemma-index': '<lemma-index url-state="off"></lemma-index>',
  'lemma-term':
    '<p>Buren die op elkaar letten, tonen <lemma-term lemma="alledaagse-attentheid">alledaagse attentheid</lemma-term>.</p>',
};
const pages = {};
for (const [tag, markup] of Object.entries(elementPages)) {
  pages[`/lighthouse/${tag}.html`] = `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="Nabij: ${tag} met ingebouwde inhoud." />
    <title>Nabij: ${tag}</title>
    <link rel="icon" href="data:," />
    <script type="module" src="/dist/cdn/standalone/${tag}.js"></script>
  </head>
  <body>
    <main><h1>${tag}</h1>${markup}</main>
  </body>
</html>`;
}

const server = staticServer({
  pages,
  resolveFile: (pathname) => inside(root, pathname),
  headers: { 'content-security-policy': STRICT_CSP },
});
const origin = await listen(server);
const chromium = await findChromium();
const targets = [
  ['demo (all elements)', '/demo/'],
  ...Object.keys(elementPages).map((tag) => [`<${tag}>`, `/lighthouse/${tag}.html`]),
];

const rows = [];
try {
  for (const [name, path] of targets) {
    const report = join(out, `${path.replace(/\W+/g, '_')}.json`);
    // Asynchronous, so this process keeps serving the pages while Lighthouse loads them.
    await promisify(execFile)(
      'npx',
      [
        '-y',
        LIGHTHOUSE,
        origin + path,
        `--chrome-flags=--headless=new ${[...chromium.args, ...chromiumFlags].join(' ')}`,
        '--only-categories=performance,accessibility',
        '--output=json',
        `--output-path=${report}`,
        '--quiet',
      ],
      { env: { ...process.env, CHROME_PATH: chromium.executablePath }, timeout: 180000 },
    );
    const result = JSON.parse(readFileSync(report, 'utf8'));
    const score = (id) => Math.round(result.categories[id].score * 100);
    const audit = (id) => result.audits[id].displayValue ?? '';
    rows.push({
      name,
      performance: score('performance'),
      accessibility: score('accessibility'),
      figures: `${audit('first-contentful-paint')} · ${audit('largest-contentful-paint')} · ${audit('total-blocking-time')} · ${audit('cumulative-layout-shift')}`,
      failing: Object.values(result.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id),
    });
  }
} finally {
  server.close();
}

console.log(`\n## Lighthouse 12.8 (mobile, simulated throttling), pages under the strict CSP\n`);
console.log(
  '| Page | Performance | Accessibility | FCP · LCP · TBT · CLS | Failed audits |\n| --- | --- | --- | --- | --- |',
);
for (const row of rows) {
  console.log(
    `| ${row.name} | ${row.performance} | ${row.accessibility} | ${row.figures} | ${row.failing.join(', ') || '—'} |`,
  );
}
const met = rows.filter((row) => row.performance === 100 && row.accessibility === 100).length;
console.log(`\nGoal 100/100: met on ${met} of ${rows.length} pages.`);
