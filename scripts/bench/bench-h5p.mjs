/**
 * Side by side, in one run: the H5P True/False item (../shared/bench/h5p, rendered by h5p-standalone 3.8.2)
 * against each Nabij element on the README's one-script path (`<script type="module" src=".../cdn/nabij.js">`
 * and the tag), locally and at an emulated 40 ms and 150 ms round trip (CDP Network.emulateNetworkConditions),
 * over HTTP/1.1 and over HTTP/2 with TLS (Node's http2 module, a throwaway self-signed certificate made for the
 * run: what a CDN serves). Same headless Chromium, a fresh browser context (empty cache) per load. Prints per
 * condition the median time to ready, the ratio to H5P, the requests and the request-chain depth after the
 * HTML (up to ready), and once the bytes (raw and gzip -9). A benchmark that prints figures, not a test;
 * scripts/check/check-request-chain.mjs checks the chain in CI.
 *   npm run bench:h5p       (needs `npm run build`; fetches h5p-standalone 3.8.2 with `npm pack` once, into .tmp/)
 *   NABIJ_BENCH_RUNS=9 npm run bench:h5p      (loads per cell, 5 by default)
 *
 * Two traps, avoided: headless Chromium 156 starts an omnibox WebUI renderer per context that competes for
 * the CPU (disabled below), and Playwright's waitForFunction compiles its injected script inside the measured
 * window (the page stamps "ready" itself, see readyStamp).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http2 from 'node:http2';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../lib/browsers.mjs';
import {
  chainSummary,
  ONE_SCRIPT_PAGES,
  oneScriptPage,
  readyStamp,
  recordChain,
  requestedBeforeReady,
} from '../lib/request-chain.mjs';
import { inside, listen, staticServer } from '../lib/static-server.mjs';

const root = resolve(new URL('../..', import.meta.url).pathname);
const fixture = resolve(root, '../shared/bench/h5p/true-false');
const h5pDir = join(root, '.tmp/h5p/package/dist');
const RUNS = Number(process.env.NABIJ_BENCH_RUNS ?? 5);
const LATENCIES = [0, 40, 150];

if (!existsSync(fixture)) {
  console.log(`H5P fixture not found at ${fixture}: nothing to compare.`);
  process.exit(0);
}
if (!existsSync(join(root, 'dist/cdn/nabij.js'))) {
  console.error('dist/cdn/nabij.js is missing: run npm run build first.');
  process.exit(1);
}
if (!existsSync(h5pDir)) {
  // Its install script insists on another package manager, so unpack the tarball instead of installing it.
  mkdirSync(join(root, '.tmp/h5p'), { recursive: true });
  execFileSync('npm', ['pack', 'h5p-standalone@3.8.2', '--silent'], { cwd: join(root, '.tmp/h5p'), stdio: 'ignore' });
  execFileSync('tar', ['xzf', 'h5p-standalone-3.8.2.tgz'], { cwd: join(root, '.tmp/h5p') });
}

const h5pReady = `() => Boolean(
  document.querySelector('.h5p-true-false-answers') ||
  [...document.querySelectorAll('iframe')].some((frame) => frame.contentDocument?.querySelector('.h5p-true-false-answers'))
)`;
const pages = {
  '/h5p.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>H5P</title>
    <script>${readyStamp(h5pReady)}</script>
    <script src="/h5p-dist/main.bundle.js"></script></head><body><div id="h5p"></div><script>
    new H5PStandalone.H5P(document.getElementById('h5p'), { h5pJsonPath: '/true-false',
      frameJs: '/h5p-dist/frame.bundle.js', frameCss: '/h5p-dist/styles/h5p.css' });</script></body></html>`,
  ...Object.fromEntries(Object.keys(ONE_SCRIPT_PAGES).map((tag) => [`/${tag}.html`, oneScriptPage(tag)])),
};
const plain = staticServer({
  pages,
  resolveFile: (pathname) =>
    pathname.startsWith('/h5p-dist/')
      ? inside(h5pDir, pathname.slice('/h5p-dist'.length))
      : pathname.startsWith('/true-false/')
        ? inside(fixture, pathname.slice('/true-false'.length))
        : inside(root, pathname),
});

// HTTP/2 needs TLS in browsers: a certificate for 127.0.0.1, made now and thrown away after the run.
const certDir = mkdtempSync(join(tmpdir(), 'nabij-bench-'));
execFileSync(
  'openssl',
  ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1'].concat(
    ['-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
    ['-keyout', join(certDir, 'key.pem'), '-out', join(certDir, 'cert.pem')],
  ),
  { stdio: 'ignore' },
);
// The same handler as the HTTP/1.1 server (Node's compatibility API takes (request, response) alike).
const secure = http2.createSecureServer(
  { key: readFileSync(join(certDir, 'key.pem')), cert: readFileSync(join(certDir, 'cert.pem')) },
  plain.listeners('request')[0],
);
rmSync(certDir, { recursive: true, force: true });
const origins = { 'HTTP/1.1': await listen(plain), 'HTTP/2 + TLS': await listen(secure) };
origins['HTTP/2 + TLS'] = origins['HTTP/2 + TLS'].replace('http:', 'https:');

const browser = await launchChromium({
  args: ['--disable-features=PreloadTopChromeWebUI,WebUIOmniboxPopup', '--ignore-certificate-errors'],
});

/** One cold load: time to ready (ms from navigation start, stamped in the page), requests and chain depth. */
async function measure(url, latency, withBytes) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  const { requests, cdp } = await recordChain(page);
  const protocols = new Set();
  cdp.on('Network.responseReceived', ({ response }) => response.protocol && protocols.add(response.protocol));
  if (latency)
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
  const bodies = [];
  if (withBytes)
    page.on('response', async (response) => {
      try {
        bodies.push(await response.body());
      } catch {
        // redirects and aborted responses have no body
      }
    });
  await page.goto(url);
  await page.waitForFunction('window.nabijReady', null, { timeout: 60000 });
  const ms = await page.evaluate('window.nabijReady');
  const chain = chainSummary(requests, await requestedBeforeReady(page));
  if (withBytes) await page.waitForLoadState('networkidle'); // late requests (fonts, lazy chunks) count as bytes
  const raw = bodies.reduce((sum, body) => sum + body.length, 0);
  const gzip = bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
  await context.close();
  return { ms, ...chain, all: bodies.length, raw, gzip, protocols: [...protocols].join(',') };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function series(url, latency) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure(url, latency, false));
  return { ...runs[0], ms: median(runs.map((run) => run.ms)) };
}

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const names = ['H5P True/False', ...Object.keys(ONE_SCRIPT_PAGES).map((tag) => `\`<${tag}>\``)];
const paths = ['/h5p.html', ...Object.keys(ONE_SCRIPT_PAGES).map((tag) => `/${tag}.html`)];
try {
  // Bytes once (locally, over HTTP/1.1: the same files whatever the network).
  const bytes = [];
  for (const path of paths) bytes.push(await measure(origins['HTTP/1.1'] + path, 0, true));
  console.log(`\n## Nabij on the one-script path versus the H5P True/False item (h5p-standalone 3.8.2)\n`);
  console.log('Everything the page loads, also after ready (statements, the terms inside a case), cold, locally.\n');
  console.log('| Page | Requests (all) | Raw | Gzip | Fewer gzip bytes |\n| --- | --- | --- | --- | --- |');
  bytes.forEach((result, index) =>
    console.log(
      `| ${names[index]} | ${result.all} | ${kB(result.raw)} | ${kB(result.gzip)} | ` +
        `${(bytes[0].gzip / result.gzip).toFixed(1)}× |`,
    ),
  );
  console.log(
    `\nTime to ready, cold loads, median of ${RUNS} per cell (each run in a fresh context); requests and ` +
      'request-chain depth after the HTML, counting what arrived before ready.\n',
  );
  console.log('| Protocol | Round trip | Page | Ready | Faster than H5P | Requests | Depth |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const [protocol, origin] of Object.entries(origins)) {
    for (const latency of LATENCIES) {
      let h5p;
      for (const [index, path] of paths.entries()) {
        const result = await series(origin + path, latency);
        h5p ??= result;
        console.log(
          `| ${protocol} (${result.protocols}) | ${latency ? `${latency} ms` : 'local'} | ${names[index]} | ` +
            `${result.ms.toFixed(0)} ms | ${(h5p.ms / result.ms).toFixed(1)}× | ${result.requests} | ${result.depth} |`,
        );
      }
    }
  }
} finally {
  await browser.close();
  plain.close();
  secure.close();
}
