import { html, nothing, type TemplateResult } from 'lit';
import type { Lexicon } from '../../content/schema.js';
import { disclosure } from '../../core/disclosure.js';
import { renderRichText } from '../../core/rich-text.js';
import { heading } from '../../core/templates.js';
import { foldText } from '../../core/text.js';
import type { LemmaIndexMessageKey } from '../../i18n/nl/lemma-index.js';
import type { LemmaHit, LemmaRecord } from './search.js';

/** What the result list needs from the `<lemma-index>`: its strings, its link pattern and where a choice goes. */
export interface ListView {
  t: (key: LemmaIndexMessageKey, params?: Record<string, string | number>) => string;
  hrefTemplate: string;
  choose(event: MouseEvent, id: string, href?: string): void;
}

/** Without a query: A–Z, with a heading per letter. */
export function renderAlphabetical(view: ListView, results: LemmaHit[], level: number): TemplateResult {
  const groups = new Map<string, LemmaHit[]>();
  for (const hit of results) {
    const letter = foldText(hit.lemma.title).charAt(0).toUpperCase();
    groups.set(letter, [...(groups.get(letter) ?? []), hit]);
  }
  return html`<div id="results" part="results">
    ${[...groups].map(
      ([letter, hits]) =>
        html`<div class="letter">${heading(level + 1, letter)}</div>
          ${renderList(view, hits, level + 2, false)}`,
    )}
  </div>`;
}

/** " · Cluster" after the byline, with a note when the Nabij editors (not the source) chose the cluster. */
function clusterLabel(view: ListView, lemma: LemmaRecord): string {
  if (!lemma.cluster) return '';
  const note = lemma.cluster.assignment === 'editorial' ? ` (${view.t('editorial')})` : '';
  return ` · ${lemma.cluster.name}${note}`;
}

/** Results as a list of headed entries; `itemLevel` is the heading level of each entry. */
export function renderList(view: ListView, hits: LemmaHit[], itemLevel: number, withId: boolean): TemplateResult {
  return html`<ul class="results" id=${withId ? 'results' : nothing} part=${withId ? 'results' : nothing}>
    ${hits.map(({ lemma, terms }) => {
      const matchedConcepts = terms.length ? (lemma.concepts ?? []).filter((concept) => matches(concept, terms)) : [];
      return html`<li part="result" class="result">
        ${heading(itemLevel, renderOpen(view, lemma, terms))}
        <p class="muted">${view.t('by', { authors: lemma.authors.join(', ') })}${clusterLabel(view, lemma)}</p>
        ${
          matchedConcepts.length
            ? html`<p>
                ${view.t('matched')}:
                ${matchedConcepts.slice(0, 4).map((concept, i) => html`${i ? ', ' : ''}${highlight(concept, terms)}`)}
              </p>`
            : nothing
        }
      </li>`;
    })}
  </ul>`;
}

/** Whether a word of `value` starts with one of the search terms. */
function matches(value: string, terms: string[]): boolean {
  return foldText(value)
    .split(/[^\p{L}\p{N}]+/u)
    .some((word) => terms.some((term) => word.startsWith(term)));
}

/** The text with every word that matched wrapped in `<mark>` (as template parts, never markup from data). */
function highlight(value: string, terms: string[]): TemplateResult {
  if (!terms.length) return html`${value}`;
  const parts = value.split(/([\p{L}\p{N}]+)/u);
  return html`${parts.map((part) =>
    part && terms.some((term) => foldText(part).startsWith(term)) ? html`<mark>${part}</mark>` : part,
  )}`;
}

/** The entry's title as a link (with `href-template`) or a button that opens the lemma in place. */
function renderOpen(view: ListView, lemma: LemmaRecord, terms: string[]): TemplateResult {
  const href = view.hrefTemplate ? view.hrefTemplate.replaceAll('{id}', encodeURIComponent(lemma.id)) : undefined;
  const onClick = (event: MouseEvent) => view.choose(event, lemma.id, href);
  const label = highlight(lemma.title, terms);
  return href
    ? html`<a class="open" href=${href} data-lemma=${lemma.id} @click=${onClick}>${label}</a>`
    : html`<button type="button" class="open" data-lemma=${lemma.id} @click=${onClick}>${label}</button>`;
}

export function renderAbout(
  view: ListView,
  about: Lexicon | undefined,
  level: number,
  open: boolean,
  onToggle: () => void,
): TemplateResult | typeof nothing {
  if (!about) return nothing;
  const richText = { lemmaRef: (_id: string, text: string) => html`${text}` };
  return disclosure({
    id: 'about',
    open,
    label: view.t('about'),
    buttonClass: 'back',
    onToggle,
    content: html`<p class="muted">${view.t('editors', { editors: about.editors.join(', '), year: about.year })}</p>
      ${renderRichText(about.introduction, richText)}
      ${
        about.proximityKinds?.length
          ? html`<dl>
              ${about.proximityKinds.map(
                (kind) =>
                  html`<div>
                    <dt>${kind.name}</dt>
                    <dd>${kind.explanation}</dd>
                  </div>`,
              )}
            </dl>`
          : nothing
      }
      ${
        about.foreword
          ? html`${heading(level + 1, `${about.foreword.title} (${about.foreword.author})`)}
            ${renderRichText(about.foreword.summary, richText)}`
          : nothing
      }`,
  });
}
