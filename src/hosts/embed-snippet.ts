/**
 * The code a page author pastes to embed an element: an iframe with the resizer, or a script tag with the
 * element. The embed-code builder (stories/embed-builder.stories.ts) and the oEmbed files (`npx nabij oembed`,
 * through dist/embed/snippet.js) write them with these functions, so both give the same snippet.
 */
import { embedQuery } from './embed-request.js';

/** A first height for each element's iframe, before the resizer sets the real one (and without a resizer). */
export const frameHeights: Readonly<Record<string, number>> = {
  'lemma-card': 640,
  'lemma-term': 200,
  'lemma-index': 720,
  'ladder-van-verbintenis': 720,
  'casus-viewer': 720,
  'casus-index': 720,
};
const DEFAULT_FRAME_HEIGHT = 600;

/** What the iframe shows, for its title (screen readers announce it when focus enters the frame). */
const kinds: Record<'nl' | 'en', Readonly<Record<string, string>>> = {
  nl: {
    'lemma-card': 'Lemma',
    'lemma-term': 'Begrip',
    'lemma-index': 'Lexicon',
    'ladder-van-verbintenis': 'Ladder',
    'casus-viewer': 'Casus',
    'casus-index': 'Casusboek',
  },
  en: {
    'lemma-card': 'Lemma',
    'lemma-term': 'Term',
    'lemma-index': 'Lexicon',
    'ladder-van-verbintenis': 'Ladder',
    'casus-viewer': 'Case',
    'casus-index': 'Casebook',
  },
};

export interface EmbedChoice {
  /** Where the package's dist/ is served, e.g. `https://example.org/nabij/` (embed/ and cdn/ are inside). */
  baseURL: string;
  tag: string;
  attributes?: Record<string, string>;
  /** The item's title (from the catalogue), for the iframe's title. */
  itemTitle?: string;
  lang?: string;
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for a double-quoted attribute value or element text. */
export function escapeHTML(value: string): string {
  return value.replace(/[&<>"']/g, (character) => entities[character]);
}

function folder(baseURL: string, path: string): string {
  return new URL(path, baseURL.endsWith('/') ? baseURL : `${baseURL}/`).href;
}

export function embedPageURL({ baseURL, tag, attributes, lang }: EmbedChoice): string {
  return `${folder(baseURL, 'embed/')}?${embedQuery(tag, attributes, lang)}`;
}

/** `Lemma: Wederkerigheid (Nabij)`: what the frame holds, then whose it is. */
export function frameTitle({ tag, itemTitle, lang }: EmbedChoice): string {
  const kind = kinds[lang?.startsWith('en') ? 'en' : 'nl'][tag] ?? tag;
  return itemTitle ? `${kind}: ${itemTitle} (Nabij)` : `${kind} (Nabij)`;
}

export function frameHeight(tag: string): number {
  return frameHeights[tag] ?? DEFAULT_FRAME_HEIGHT;
}

/** Just the iframe (oEmbed hosts add no scripts of ours; the page's own resizer does). */
export function iframeElement(choice: EmbedChoice): string {
  return (
    `<iframe src="${escapeHTML(embedPageURL(choice))}" title="${escapeHTML(frameTitle(choice))}"` +
    ` width="100%" height="${frameHeight(choice.tag)}" style="width: 100%; border: 0" loading="lazy"` +
    ` data-nabij-embed></iframe>`
  );
}

/** The iframe and the resizer that keeps it at its content's height. */
export function iframeSnippet(choice: EmbedChoice): string {
  return `${iframeElement(choice)}\n<script src="${escapeHTML(folder(choice.baseURL, 'embed/resizer.js'))}" async></script>`;
}

/** The element on the host page itself: the autoloader and the tag. */
export function scriptSnippet({ baseURL, tag, attributes = {}, lang }: EmbedChoice): string {
  const attributeText = Object.entries(attributes)
    .filter(([, value]) => value !== '')
    .map(([name, value]) => ` ${name}="${escapeHTML(value)}"`)
    .join('');
  const langText = lang ? ` lang="${escapeHTML(lang)}"` : '';
  return (
    `<script type="module" src="${escapeHTML(folder(baseURL, 'cdn/nabij.js'))}"></script>\n` +
    `<${tag}${attributeText}${langText}></${tag}>`
  );
}
