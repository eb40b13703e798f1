/**
 * Progressive markup: what survives an editor that strips scripts and unknown tags (Canvas, Brightspace, Moodle,
 * SharePoint, WordPress, DOMPurify's defaults) is turned into the element it stands for. Without our script the
 * markup stays what it is, a link or a note; with the autoloader on the site it becomes the widget.
 *
 * Three forms, all read through {@link readEmbedRequest} so a crafted link can set only the element's own
 * attributes:
 * - `<a class="nabij" href="…?element=lemma-card&lemma=wederkerigheid">Wederkerigheid</a>` (the embed page's
 *   address, which also works as a plain link);
 * - `<a data-nabij href="…?element=…">`, for editors that drop `class`;
 * - `<div data-nabij-element="lemma-card" data-nabij-lemma="wederkerigheid">…</div>`, attributes as
 *   `data-nabij-<attribute>`; `data-*` attributes pass DOMPurify's default configuration.
 * On a link, `data-nabij-<attribute>` adds to (never overrides) what the address gives.
 */
import { readEmbedRequest } from './embed-request.js';

/** Markup that stands for a Nabij element. The autoloader carries the same selector to decide to load us. */
export const NABIJ_MARKUP = 'a.nabij[href],a[data-nabij][href],[data-nabij-element]';

const DATA_PREFIX = 'data-nabij-';

/** Query parameters for one piece of markup: the link's query first, then its `data-nabij-*` attributes. */
function parametersOf(markup: Element): URLSearchParams | undefined {
  let params = new URLSearchParams();
  if (markup instanceof HTMLAnchorElement && !markup.hasAttribute('data-nabij-element')) {
    try {
      params = new URL(markup.href, document.baseURI).searchParams;
    } catch {
      return undefined;
    }
  }
  for (const { name, value } of markup.attributes) {
    if (!name.startsWith(DATA_PREFIX)) continue;
    const parameter = name.slice(DATA_PREFIX.length);
    if (!params.has(parameter)) params.append(parameter, value);
  }
  return params;
}

/**
 * Replaces every piece of Nabij markup in `root` (and `root` itself) with its element; returns the new elements.
 * Markup that names no known element stays as it is (a link keeps working as a link) and is reported once on
 * the console. Registering the new tags is the autoloader's job (or the page's own imports).
 */
export function upgradeMarkup(root: ParentNode = document): HTMLElement[] {
  const found = [...root.querySelectorAll(NABIJ_MARKUP)];
  if (root instanceof Element && root.matches(NABIJ_MARKUP)) found.unshift(root);
  const created: HTMLElement[] = [];
  for (const markup of found) {
    const params = parametersOf(markup);
    const result = params && readEmbedRequest(params, new URL(document.baseURI));
    if (!result?.ok) {
      console.warn('[nabij] markup left as it is: it names no Nabij element', markup);
      markup.removeAttribute('data-nabij-element');
      markup.classList.remove('nabij');
      markup.removeAttribute('data-nabij');
      continue;
    }
    const { tag, attributes, lang, ignored } = result.request;
    if (ignored.length) console.warn(`[nabij] <${tag}>: ignored ${ignored.join(', ')}`);
    const element = document.createElement(tag);
    for (const [name, value] of attributes) element.setAttribute(name, value);
    const language = lang ?? markup.getAttribute('lang');
    if (language) element.setAttribute('lang', language);
    if (markup.id) element.id = markup.id;
    markup.replaceWith(element);
    created.push(element);
  }
  return created;
}
