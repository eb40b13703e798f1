/**
 * The CDN entry (`<script type="module" src=".../cdn/nabij.js">`): registers each Nabij element the first
 * time its tag appears in the page, loading only that element's code. The tag list comes from
 * custom-elements.json at build time, so a new element joins without editing this file.
 */
import elementLoaders from 'virtual:nabij-elements';

const waiting = new Map(Object.entries(elementLoaders));

function load(tag: string): void {
  const loader = waiting.get(tag);
  if (!loader) return;
  waiting.delete(tag);
  loader().catch((error: unknown) => console.warn(`[nabij] could not load <${tag}>`, error));
}

function scan(root: ParentNode): void {
  for (const tag of waiting.keys()) {
    if (root.querySelector(tag)) load(tag);
  }
}

function watch(): void {
  scan(document);
  if (waiting.size === 0) return;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (waiting.has(node.localName)) load(node.localName);
        if (node.firstElementChild) scan(node);
      }
    }
    if (waiting.size === 0) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

watch();
