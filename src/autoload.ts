/**
 * The CDN entry (`<script type="module" src=".../cdn/nabij.js">`): registers each Nabij element the first
 * time its tag appears in the page, loading only that element's code. The tag list comes from
 * custom-elements.json at build time, so a new element joins without editing this file.
 *
 * It also upgrades progressive markup (`<a class="nabij" href="…?element=…">`, `[data-nabij-element]`), the
 * form that survives editors which strip unknown tags; the code for that loads only when such markup is found.
 */
import elementLoaders from 'virtual:nabij-elements';

const waiting = new Map(Object.entries(elementLoaders));

/** Same selector as NABIJ_MARKUP in hosts/upgrade-markup.ts (kept here so this file stays tiny). */
const MARKUP = 'a.nabij[href],a[data-nabij][href],[data-nabij-element]';

function load(tag: string): void {
  const loader = waiting.get(tag);
  if (!loader) return;
  waiting.delete(tag);
  loader().catch((error: unknown) => console.warn(`[nabij] could not load <${tag}>`, error));
}

function upgrade(root: Element | Document): void {
  if (!(root instanceof Element && root.matches(MARKUP)) && !root.querySelector(MARKUP)) return;
  import('./hosts/upgrade-markup.js')
    .then(({ upgradeMarkup }) => upgradeMarkup(root).forEach((element) => load(element.localName)))
    .catch((error: unknown) => console.warn('[nabij] could not upgrade markup', error));
}

function scan(root: ParentNode): void {
  for (const tag of waiting.keys()) {
    if (root.querySelector(tag)) load(tag);
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
        if (waiting.has(node.localName)) load(node.localName);
        if (node.firstElementChild) scan(node);
        upgrade(node);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}

watch();
