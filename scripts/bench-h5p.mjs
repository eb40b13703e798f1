/**
 * Side by side, in one run: the H5P True/False item (../shared/bench/h5p, rendered by h5p-standalone 3.8.2)
 * against each Nabij element with its built-in content. Same local server, same headless Chromium, a fresh
 * browser context (empty cache) per run. Prints requests, bytes (raw and gzip -9) and time to ready (median of
 * 9 runs), and the ratios. A benchmark that prints figures, not a test.
 *   npm run bench:h5p       (needs `npm run build`; fetches h5p-standalone 3.8.2 with `npm pack` once, into .tmp/)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './browsers.mjs';
import { inside, listen, staticServer } from './static-server.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const fixture = resolve(root, '../shared/bench/h5p/true-false');
const h5pDir = join(root, '.tmp/h5p/package/dist');
const RUNS = 9;

if (!existsSync(fixture)) {
  console.log(`H5P fixture not found at ${fixture}: nothing to compare.`);
  process.exit(0);
}
if (!existsSync(h5pDir)) {
  // Its install script insists on another package manager, so unpack the tarball instead of installing it.
  mkdirSync(join(root, '.tmp/h5p'), { recursive: true });
  execFileSync('npm', ['pack', 'h5p-standalone@3.8.2', '--silent'], { cwd: join(root, '.tmp/h5p'), stdio: 'ignore' });
  execFileSync('tar', ['xzf', 'h5p-standalone-3.8.2.tgz'], { cwd: join(root, '.tmp/h5p') });
}

const pages = {
  '/h5p.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>H5P</title>
    <script src="/h5p-dist/main.bundle.js"></script></head><body><div id="h5p"></div><script>
    new H5PStandalone.H5P(document.getElementById('h5p'), { h5pJsonPath: '/true-false',
      frameJs: '/h5p-dist/frame.bundle.js', frameCss: '/h5p-dist/styles/h5p.css' });</script></body></html>`,
};
const ours = {
  'lemma-card': '<lemma-card lemma="wederkerigheid"></lemma-card>',
  'ladder-van-verbintenis': '<ladder-van-verbintenis mode="conversation"></ladder-van-verbintenis>',
  'casus-viewer': '<casus-viewer casus="1"></casus-viewer>',
  'casus-index': '<casus-index></casus-index>',
  'lemma-index': '<lemma-index url-state="off"></lemma-index>',
};
for (const [tag, markup] of Object.entries(ours)) {
  pages[`/${tag}.html`] = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${tag}</title>
    <script type="module" src="/dist/cdn/standalone/${tag}.js"></script></head><body>${markup}</body></html>`;
}

const server = staticServer({
  pages,
  resolveFile: (pathname) =>
    pathname.startsWith('/h5p-dist/')
      ? inside(h5pDir, pathname.slice('/h5p-dist'.length))
      : pathname.startsWith('/true-false/')
        ? inside(fixture, pathname.slice('/true-false'.length))
        : inside(root, pathname),
});
const origin = await listen(server);

const browser = await launchChromium();

/** One cold load: requests, bytes, and milliseconds from navigation start to "ready" (measured in the page). */
async function measure(path, ready) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies = [];
  page.on('response', async (response) => {
    try {
      bodies.push(await response.body());
    } catch {
      // redirects and aborted responses have no body
    }
  });
  await page.goto(origin + path);
  // The page stamps the moment it first sees "ready" (polled every 2 ms), so the round trip back to this
  // script is not counted, for H5P and for Nabij alike.
  const stamp = await page.waitForFunction(`(${ready})() && performance.now()`, null, {
    timeout: 30000,
    polling: 2,
  });
  const ms = await stamp.jsonValue();
  await page.waitForTimeout(300); // let late requests (fonts, lazy chunks) finish, so bytes are complete
  const raw = bodies.reduce((sum, body) => sum + body.length, 0);
  const gzip = bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
  await context.close();
  return { requests: bodies.length, raw, gzip, ms };
}

const h5pReady = () =>
  Boolean(
    document.querySelector('.h5p-true-false-answers') ||
    [...document.querySelectorAll('iframe')].some((frame) =>
      frame.contentDocument?.querySelector('.h5p-true-false-answers'),
    ),
  );
const elementReady = () => {
  const element = document.body.firstElementChild;
  return Boolean(element?.shadowRoot?.querySelector('[part="card"], [part="tool"], [part="case"], [part="index"]'));
};

async function series(path, ready) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure(path, ready));
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return { requests: runs[0].requests, raw: runs[0].raw, gzip: runs[0].gzip, ms: median(runs.map((run) => run.ms)) };
}

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
try {
  const h5p = await series('/h5p.html', h5pReady);
  console.log(
    `\n## Nabij elements versus the H5P True/False item (h5p-standalone 3.8.2), cold loads, median of ${RUNS}\n`,
  );
  console.log(
    '| Page | Requests | Raw | Gzip | Ready | Fewer gzip bytes | Faster to ready |\n| --- | --- | --- | --- | --- | --- | --- |',
  );
  console.log(
    `| H5P True/False | ${h5p.requests} | ${kB(h5p.raw)} | ${kB(h5p.gzip)} | ${h5p.ms.toFixed(0)} ms | 1× | 1× |`,
  );
  for (const tag of Object.keys(ours)) {
    const result = await series(`/${tag}.html`, elementReady);
    console.log(
      `| \`<${tag}>\` | ${result.requests} | ${kB(result.raw)} | ${kB(result.gzip)} | ${result.ms.toFixed(0)} ms | ` +
        `${(h5p.gzip / result.gzip).toFixed(1)}× | ${(h5p.ms / result.ms).toFixed(1)}× |`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
