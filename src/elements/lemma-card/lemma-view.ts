import { html, nothing, type TemplateResult } from 'lit';
import type { LemmaCaseLink } from '../../content/builtin/lemma-cases.js';
import type { Lemma } from '../../content/schema.js';
import { joinNames, type MessageKey, type UiLang } from '../../core/i18n.js';
import { renderRichText } from '../../core/rich-text.js';
import { heading, renderAttribution, renderReference } from '../../core/templates.js';

/** What the card's view needs from the `<lemma-card>`. */
export interface LemmaView {
  t: (key: MessageKey) => string;
  lang: UiLang;
  /** The alert about a refused host state, if there is one to show. */
  refusedStateText?: string;
  /** The built-in cases on this lemma, once loaded. */
  cases?: readonly LemmaCaseLink[] | false;
  /** A link or button to another lemma or to a case (see `<lemma-card>`'s `#renderLink`). */
  link(kind: 'lemma' | 'case', id: string, text: string, part?: string): TemplateResult;
}

/** The card: header, summary, key concepts and, in the full variant, argument, references, related lemmas and cases. */
export function renderLemma(view: LemmaView, lemma: Lemma, level: number): TemplateResult {
  const richText = { lemmaRef: (id: string, text: string) => view.link('lemma', id, text) };
  // Blocks are plain divs with a heading, not <section>s: a landmark per block would clutter the page's landmarks.
  const block = (title: MessageKey, id: string, body: unknown) =>
    html`<div class="block">${heading(level + 1, view.t(title), id)}${body}</div>`;
  // Related lemmas and the cases that use the lemma: one list shape, parts `<name>-list` and `<name>-link`.
  const linkList = (kind: 'lemma' | 'case', items: readonly { id: string; title: string }[], name: string) =>
    html`<ul part="${name}-list" class="related">
      ${items.map((item) => html`<li>${view.link(kind, item.id, item.title, `${name}-link`)}</li>`)}
    </ul>`;
  const { cluster, keyConcepts, sections, references, related } = lemma;
  const cases = view.cases;
  return html`<article part="card" class="card" aria-labelledby="title" lang=${lemma.lang}>
    ${
      view.refusedStateText === undefined
        ? nothing
        : html`<p class="nabij-error" role="alert" part="error">${view.refusedStateText}</p>`
    }
    <header>
      ${
        cluster
          ? html`<p part="cluster" class="cluster">
              <span class="visually-hidden">${view.t('cluster')}: </span>${cluster.name}${
                cluster.assignment === 'editorial'
                  ? html`<span class="note extra"> (${view.t('clusterEditorial')})</span>`
                  : nothing
              }
            </p>`
          : nothing
      }
      ${heading(level, html`<span class="visually-hidden">${view.t('lemmaLabel')}: </span>${lemma.title}`, 'title')}
      ${lemma.subtitle ? html`<p class="subtitle">${lemma.subtitle}</p>` : nothing}
      ${
        lemma.authors.length
          ? html`<p part="byline" class="muted">${view.t('by')} ${joinNames(view.lang, lemma.authors)}</p>`
          : nothing
      }
    </header>
    <div part="summary">${renderRichText(lemma.summary, richText)}</div>
    ${
      keyConcepts?.length
        ? block(
            'keyConcepts',
            'concepts-heading',
            html`<dl part="concepts">
              ${keyConcepts.map(
                (concept) =>
                  html`<div>
                    <dt>${concept.term}</dt>
                    <dd>${concept.explanation}</dd>
                  </div>`,
              )}
            </dl>`,
          )
        : nothing
    }
    <div class="extra">
      ${
        sections?.length
          ? html`<div part="argument" class="block">
              ${heading(level + 1, view.t('argument'), 'argument-heading')}
              ${sections.map((section) => html`${heading(level + 2, section.heading)}${renderRichText(section.text, richText)}`)}
            </div>`
          : nothing
      }
      ${
        references?.length
          ? block(
              'references',
              'references-heading',
              html`<ul part="references">
                ${references.map((reference) => html`<li>${renderReference(reference)}</li>`)}
              </ul>`,
            )
          : nothing
      }
      ${related?.length ? block('related', 'related-heading', linkList('lemma', related, 'related')) : nothing}
      ${cases && cases.length ? block('cases', 'cases-heading', linkList('case', cases, 'case')) : nothing}
    </div>
    <p part="attribution" class="muted attribution">
      ${renderAttribution(lemma.source, view.lang, (key) => view.t(key))}
    </p>
    <div part="additions"><slot></slot></div>
  </article>`;
}
