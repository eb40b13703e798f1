/**
 * The one-script path, measured: a page per element with only `<script type="module" src=".../cdn/nabij.js">`
 * and the element's tag (as the README shows it), the moment it is ready (stamped inside the page, so no
 * round trip to the measuring script counts), and the request chain behind it (every request's depth: the
 * page is 0, what the page requests is 1, what that requests is 2, from the browser's own record of who
 * asked for what). Shared by scripts/check/check-request-chain.mjs (the CI check) and scripts/bench/bench-h5p.mjs.
 */
import { readdirSync } from 'node:fs';

/** Per element: the markup a page author writes, and how many requests it may need after the HTML. */
const MEASURED_PAGES = {
  'lemma-card': { markup: '<lemma-card lemma="presentie"></lemma-card>', maxRequests: 5 },
  'ladder-van-verbintenis': {
    markup: '<ladder-van-verbintenis mode="conversation"></ladder-van-verbintenis>',
    maxRequests: 5,
  },
  'casus-viewer': { markup: '<casus-viewer casus="1"></casus-viewer>', maxRequests: 5 },
  'casus-index': { markup: '<casus-index></casus-index>', maxRequests: 5 },
  // Its list and the lexicon's description are two items.
  'lemma-index': { markup: '<lemma-index url-state="off"></lemma-index>', maxRequests: 7 },
  'lemma-term': { markup: '<p>Zie <lemma-term lemma="presentie">presentie</lemma-term>.</p>', maxRequests: 5 },
};

/**
 * Every element in src/elements/ gets a page: those above as written, a new one bare (`<tag></tag>`, at most 5
 * requests) until it has a row, so the check and the benchmark never leave an element out.
 */
const unmeasured = readdirSync(new URL('../../src/elements/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !(entry.name in MEASURED_PAGES))
  .map((entry) => entry.name)
  .sort();
export const ONE_SCRIPT_PAGES = {
  ...MEASURED_PAGES,
  ...Object.fromEntries(unmeasured.map((tag) => [tag, { markup: `<${tag}></${tag}>`, maxRequests: 5 }])),
};

/** The chain may be at most this deep after the HTML: nabij.js, then everything else at once. */
export const MAX_CHAIN_DEPTH = 2;

/**
 * Runs in the page, as a classic script (a string, so it is not transpiled): stamps `window.nabijReady` with
 * performance.now() the first time `ready()` holds. It checks on every change of the document and of every
 * shadow root (a mutation observer runs in the task that rendered, before any later response arrives), and on
 * every frame and every 2 ms for what observers cannot see (H5P's iframe). So the moment is taken inside the
 * page, never by a round trip from the measuring script.
 */
export function readyStamp(ready) {
  return `(() => {
    const ready = ${ready};
    const check = () => {
      if (window.nabijReady || !ready()) return;
      window.nabijReady = performance.now();
      observer.disconnect();
    };
    const observer = new MutationObserver(check);
    const watch = (root) => observer.observe(root, { childList: true, subtree: true, attributes: true });
    watch(document);
    const attachShadow = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attachShadow.call(this, init);
      if (!window.nabijReady) watch(root);
      return root;
    };
    const frame = () => { check(); if (!window.nabijReady) requestAnimationFrame(frame); };
    requestAnimationFrame(frame);
    const poll = setInterval(() => { check(); if (window.nabijReady) clearInterval(poll); }, 2);
  })();`;
}

/**
 * An element is ready when its shadow root shows its content (the card, the tool, the case, the list, the note,
 * or the section a new element starts with).
 */
export const elementReady = `() => {
  const element = document.querySelector('[data-measured]');
  return Boolean(element?.shadowRoot?.querySelector('[part="card"], [part="tool"], [part="case"], [part="index"], [part="note"], [part="section"]'));
}`;

/** The page for one element on the one-script path, with `cdnPath` the URL path of dist/cdn. */
export function oneScriptPage(tag, cdnPath = '/dist/cdn') {
  const markup = ONE_SCRIPT_PAGES[tag].markup.replace(`<${tag}`, `<${tag} data-measured`);
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${tag}</title>
    <script>${readyStamp(elementReady)}</script>
    <script type="module" src="${cdnPath}/nabij.js"></script></head><body>${markup}</body></html>`;
}

/**
 * Records every request of `page` with its step in the request chain: the page is step 0, and a request is one
 * step after the deepest request that had arrived when it was sent (a request can only wait for responses that
 * have arrived, so this is never less than the true depth, for a module import, an inserted
 * `<link rel="modulepreload">` or a fetch of data that names the next file alike, and the check errs on the
 * strict side). Request steps as a slow network makes one pay them: each costs a round trip.
 * @param {import('playwright-core').Page} page
 */
export async function recordChain(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const requests = [];
  const byId = new Map();
  const arrived = [];
  cdp.on('Network.requestWillBeSent', ({ requestId, request, type, timestamp }) => {
    if (request.url.startsWith('data:') || /\/favicon\.ico$/.test(request.url)) return;
    const before = arrived.filter((done) => done.at <= timestamp).map((done) => done.depth);
    const entry = { url: request.url, depth: type === 'Document' ? 0 : Math.max(0, ...before) + 1 };
    byId.set(requestId, entry);
    requests.push(entry);
  });
  cdp.on('Network.loadingFinished', ({ requestId, timestamp }) => {
    const entry = byId.get(requestId);
    if (entry) arrived.push({ at: timestamp, depth: entry.depth });
  });
  return { requests, cdp };
}

/**
 * The URLs whose responses had arrived when the page was ready (its resource timing, in the clock of the ready
 * stamp): what the element needed to show. What it asks for while it shows (statements, the terms inside a
 * case) arrives later and is no part of its way to ready.
 */
export function requestedBeforeReady(page) {
  return page.evaluate(() => {
    // Same-origin frames too (H5P renders in one), each in the page's clock.
    const windows = [window, ...[...document.querySelectorAll('iframe')].map((frame) => frame.contentWindow)];
    return windows.flatMap((view) => {
      let entries;
      try {
        entries = view.performance.getEntriesByType('resource');
      } catch {
        return []; // a cross-origin frame: not ours to read
      }
      const shift = view.performance.timeOrigin - performance.timeOrigin;
      return entries.filter((entry) => entry.responseEnd + shift <= window.nabijReady).map((entry) => entry.name);
    });
  });
}

/**
 * Summary of a recorded chain after the HTML, for the requests in `before` (the URLs that arrived before ready).
 */
export function chainSummary(requests, before) {
  const wanted = new Set(before);
  const after = requests.filter((request) => request.depth !== 0 && wanted.has(request.url));
  return {
    requests: after.length,
    depth: Math.max(0, ...after.map((request) => request.depth)),
    files: after.map((request) => `${request.depth} ${new URL(request.url).pathname}`),
  };
}
