/**
 * What a host asks for, read from a URL query: `?element=lemma-card&lemma=wederkerigheid&variant=full`.
 * The embed page, the progressive links (`<a class="nabij" href="…?element=…">`) and the export command all
 * speak this one format. Only attributes the element declares (custom-elements.json, via
 * src/generated/elements.ts) are taken; everything else is ignored and reported, so a crafted link cannot set
 * event handlers, styles or anything the element does not offer.
 */
import { elementAttributes } from '../generated/elements.js';

/** Query parameters with a meaning of their own: not element attributes. */
export const HOST_PARAMETERS = ['element', 'lang', 'parent-origin', 'frame-id'] as const;

/** Longest attribute value taken from a URL (ids, variants and addresses are far shorter). */
const MAX_VALUE_LENGTH = 500;

/** A language tag as BCP 47 writes it (`nl`, `en`, `nl-BE`), nothing else. */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export interface EmbedRequest {
  /** The element's tag, one of {@link embeddableTags}. */
  tag: string;
  /** Attributes to set, in the order the URL gave them. */
  attributes: [name: string, value: string][];
  /** Language of the page around the element (`lang=en`), when the URL gives a valid one. */
  lang?: string;
  /** Parameters that were not taken, with the reason, for a console note. */
  ignored: string[];
}

export type EmbedRequestResult =
  { ok: true; request: EmbedRequest } | { ok: false; reason: 'missing-element' | 'unknown-element'; element?: string };

/** Tags a host may ask for. */
export const embeddableTags: readonly string[] = Object.keys(elementAttributes);

/**
 * Reads the element and its attributes from `params`. `base` is the address the request came from: a `src`
 * attribute is taken only when it points at that same origin (a publisher's own JSON beside the embed page),
 * so a link cannot make our page show content from anywhere.
 */
export function readEmbedRequest(params: URLSearchParams, base: URL): EmbedRequestResult {
  const tag = params.get('element')?.trim().toLowerCase();
  if (!tag) return { ok: false, reason: 'missing-element' };
  const allowed = Object.hasOwn(elementAttributes, tag) ? elementAttributes[tag] : undefined;
  if (!allowed) return { ok: false, reason: 'unknown-element', element: tag };

  const attributes: [string, string][] = [];
  const ignored: string[] = [];
  for (const [name, value] of params) {
    if ((HOST_PARAMETERS as readonly string[]).includes(name)) continue;
    if (!allowed.includes(name)) ignored.push(`${name} (not an attribute of <${tag}>)`);
    else if (value.length > MAX_VALUE_LENGTH) ignored.push(`${name} (longer than ${MAX_VALUE_LENGTH} characters)`);
    else if (name === 'src' && !isSameOrigin(value, base)) ignored.push('src (only an address on this site)');
    else if (attributes.some(([taken]) => taken === name)) ignored.push(`${name} (given twice)`);
    else attributes.push([name, value]);
  }
  const lang = params.get('lang') ?? undefined;
  if (lang !== undefined && !LANGUAGE_TAG.test(lang)) ignored.push('lang (not a language tag)');
  return {
    ok: true,
    request: { tag, attributes, lang: lang && LANGUAGE_TAG.test(lang) ? lang : undefined, ignored },
  };
}

function isSameOrigin(value: string, base: URL): boolean {
  try {
    const url = new URL(value, base);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === base.origin;
  } catch {
    return false;
  }
}

/** The query string for an element with attributes: the inverse of {@link readEmbedRequest}. */
export function embedQuery(tag: string, attributes: Record<string, string> = {}, lang?: string): string {
  const params = new URLSearchParams({ element: tag });
  for (const [name, value] of Object.entries(attributes)) if (value !== '') params.append(name, value);
  if (lang) params.set('lang', lang);
  return params.toString();
}
