/**
 * The CDN entry (`<script type="module" src=".../cdn/nabij.js">`): registers each Nabij element the first
 * time its tag appears in the page, loading only that element's code. The tag list comes from
 * custom-elements.json at build time, so a new element joins without editing this file.
 *
 * Two request steps to ready: this file, then at once the element's module, every chunk that module imports
 * (as `modulepreload`, so none waits for the file that imports it) and the built-in item its attributes name
 * (`lemma="presentie"` → chunks/content/lemmas/presentie.js). The build writes those file names into
 * `chunkGraph` (scripts/lib/element-modules.mjs), so nothing is guessed here.
 *
 * It also upgrades progressive markup (`<a class="nabij" href="…?element=…">`, `[data-nabij-element]`), the
 * form that survives editors which strip unknown tags; the code for that loads only when such markup is found.
 */
import elementLoaders, { chunkGraph } from 'virtual:nabij-elements';

const waiting = new Map(Object.entries(elementLoaders));
const requested = new Set<string>();

/** Same selector as NABIJ_MARKUP in hosts/upgrade-markup.ts (kept here so this file stays tiny). */
const MARKUP = 'a.nabij[href],a[data-nabij][href],[data-nabij-element]';

/** Built-in ids are lowercase slugs; anything else (a path, a URL) never becomes a file name. */
const SLUG = /^[a-z0-9][a-z0-9-]*$/;

function preload(file: string): void {
  if (requested.has(file)) return;
  requested.add(file);
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = new URL(file, import.meta.url).href;
  document.head.append(link);
}

/** The built-in items `element` will show first, unless it was given its own content (`src`, inline JSON). */
function preloadContent(element: Element): void {
  if (element.hasAttribute('src') || element.querySelector('script')) return;
  for (const [attribute, fallback, file, when, numbered, onTheWay] of chunkGraph.content[element.localName] ?? []) {
    if (when && !element.hasAttribute(when)) continue;
    let id = element.getAttribute(attribute)?.trim() || fallback;
    const number = numbered && /^(?:casus[-\s]*)?(\d+)$/i.exec(id)?.[1];
    if (number) id = numbered + Number(number);
    if (!SLUG.test(id)) continue;
    for (const index of onTheWay) preload(chunkGraph.files[index]);
    preload(file.replace('{}', id));
  }
}

function load(tag: string, elements: Iterable<Element>): void {
  const loader = waiting.get(tag);
  if (!loader) return;
  waiting.delete(tag);
  // The element's own import first: over HTTP/1.1 the browser has six connections, and it must not queue last.
  loader().catch((error: unknown) => console.warn(`[nabij] could not load <${tag}>`, error));
  for (const index of chunkGraph.elements[tag] ?? []) preload(chunkGraph.files[index]);
  for (const element of elements) preloadContent(element);
}

function upgrade(root: Element | Document): void {
  if (!(root instanceof Element && root.matches(MARKUP)) && !root.querySelector(MARKUP)) return;
  import('./hosts/upgrade-markup.js')
    .then(({ upgradeMarkup }) => upgradeMarkup(root).forEach((element) => load(element.localName, [element])))
    .catch((error: unknown) => console.warn('[nabij] could not upgrade markup', error));
}

function scan(root: ParentNode): void {
  for (const tag of waiting.keys()) {
    const found = root.querySelectorAll(tag);
    if (found.length) load(tag, found);
  }
}

function watch(): void {
  scan(document);
  upgrade(document);
  // Kept running: markup can arrive at any time (an LMS page that loads its content late, a single-page app).
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (waiting.has(node.localName)) load(node.localName, [node]);
        if (node.firstElementChild) scan(node);
        upgrade(node);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}

watch();
