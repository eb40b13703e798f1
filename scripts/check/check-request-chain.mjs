/**
 * Two request steps to ready, checked: each element alone on a page through the README's one script tag
 * (dist/cdn/nabij.js), in headless Chromium. Fails when an element needs more than two sequential request
 * steps after the HTML, more requests than its budget (scripts/lib/request-chain.mjs), a request that fails, or
 * does not render. Counts requests and steps only; the timings are the benchmark's (npm run bench:h5p).
 * On the npm path (dist/<tag>.js, which a bundler follows) it checks without a browser that every element that
 * shows built-in items carries its id table in its static imports, so an item is one request after the element.
 * Needs `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { launchChromium } from '../lib/browsers.mjs';
import {
  chainSummary,
  MAX_CHAIN_DEPTH,
  ONE_SCRIPT_PAGES,
  oneScriptPage,
  recordChain,
  requestedBeforeReady,
} from '../lib/request-chain.mjs';
import { FIRST_RENDER_CONTENT } from '../lib/element-modules.mjs';
import { inside, listen, staticServer } from '../lib/static-server.mjs';

const root = resolve(new URL('../..', import.meta.url).pathname);

/** The files a bundler puts with `file`: it and everything it imports statically (relative imports only). */
function staticGraph(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, from, bare] of code.matchAll(
    /^(?:import|export)\b[^;'"]*?(?:from\s*['"](\.[^'"]+)['"]|['"](\.[^'"]+)['"])/gm,
  ))
    staticGraph(resolve(dirname(file), from ?? bare), seen);
  return seen;
}

/** An id → module table as the content build writes it: ids mapped to dynamic imports of their items. */
const ID_TABLE = /\bconst modules = \{\s*'[^']+': \(\) => import\('\.\/[^']+\.js'\)/;

const npmFailures = Object.keys(FIRST_RENDER_CONTENT).flatMap((tag) => {
  const graph = [...staticGraph(resolve(root, 'dist', `${tag}.js`))];
  const tables = graph.filter((file) => ID_TABLE.test(readFileSync(file, 'utf8')));
  console.log(`npm <${tag}>: ${graph.length} files in its static imports, ${tables.length} with an id table`);
  return tables.length ? [] : [`npm <${tag}>: no id table in its static imports (a table hop before its item)`];
});
const pages = Object.fromEntries(Object.keys(ONE_SCRIPT_PAGES).map((tag) => [`/${tag}.html`, oneScriptPage(tag)]));
const server = staticServer({ pages, resolveFile: (pathname) => inside(root, pathname) });
const origin = await listen(server);
const browser = await launchChromium();
const failures = [...npmFailures];
try {
  for (const [tag, { maxRequests }] of Object.entries(ONE_SCRIPT_PAGES)) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    const { requests } = await recordChain(page);
    await page.goto(`${origin}/${tag}.html`);
    let before = [];
    try {
      await page.waitForFunction('window.nabijReady', null, { timeout: 30000 });
      before = await requestedBeforeReady(page);
    } catch {
      problems.push('did not render within 30 s');
    }
    await page.waitForLoadState('networkidle');
    const chain = chainSummary(requests, before);
    if (chain.requests > maxRequests)
      problems.push(`${chain.requests} requests after the HTML (at most ${maxRequests})`);
    if (!(chain.depth <= MAX_CHAIN_DEPTH))
      problems.push(`request chain ${chain.depth} steps deep (at most ${MAX_CHAIN_DEPTH})`);
    console.log(`<${tag}>: ${chain.requests} requests, ${chain.depth} steps after the HTML`);
    for (const file of chain.files) console.log(`    ${file}`);
    for (const problem of problems) failures.push(`<${tag}>: ${problem}`);
    await context.close();
  }
} catch (error) {
  await browser.close();
  server.close();
  throw error;
}
// Attribute values are the page author's (or an attacker's, on a page that echoes input): the autoloader turns
// only lowercase slugs into file names, so nothing else becomes a request, let alone one outside dist/cdn.
{
  const hostile = ['../../../package.json', '/etc/passwd', 'https://example.org/x', 'casus-1/../../nabij', '%2e%2e'];
  const markup = hostile.map(
    (value) => `<lemma-card lemma="${value}"></lemma-card><casus-viewer casus="${value}"></casus-viewer>`,
  );
  const context = await browser.newContext();
  const page = await context.newPage();
  const urls = [];
  page.on('request', (request) => urls.push(new URL(request.url())));
  pages['/hostile.html'] = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>hostile</title>
    <script type="module" src="/dist/cdn/nabij.js"></script></head><body>${markup.join('')}</body></html>`;
  await page.goto(`${origin}/hostile.html`);
  await page.waitForFunction(() => customElements.get('lemma-card') && customElements.get('casus-viewer'));
  await page.waitForLoadState('networkidle');
  const strays = urls.filter(
    (url) => url.origin !== origin || !(url.pathname === '/hostile.html' || url.pathname.startsWith('/dist/cdn/')),
  );
  const items = urls.filter(
    (url) => url.pathname.startsWith('/dist/cdn/chunks/content/') && !url.pathname.includes('/tables/'),
  );
  if (strays.length) failures.push(`hostile attribute values: requests outside dist/cdn: ${strays.join(', ')}`);
  if (items.length)
    failures.push(`hostile attribute values: item requests ${items.map((url) => url.pathname).join(', ')}`);
  console.log(`hostile attribute values: ${urls.length} requests, none outside dist/cdn, no item requested`);
  await context.close();
}
await browser.close();
server.close();

if (failures.length) {
  console.error(`\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(
  `\nEvery element on the one-script path: at most ${MAX_CHAIN_DEPTH} request steps after the HTML, within its request budget; on the npm path, its item one request after it.`,
);
