import { html, nothing, type TemplateResult } from 'lit';
import type { Case, CaseQuestion } from '../../content/schema.js';
import type { UiLang } from '../../core/i18n.js';
import { renderRichText, type RichTextOptions } from '../../core/rich-text.js';
import { heading, renderAttribution, renderReference } from '../../core/templates.js';
import type { CasusText } from './answer-fields.js';

/** What the case's read-only parts need from the `<casus-viewer>`: its strings, language and lemma links. */
export interface CaseView {
  t: CasusText;
  lang: UiLang;
  richText: RichTextOptions;
  /** The field of the last host state refused, if any. */
  refusedState?: string;
}

/** Concepts the lexicon explains become `<lemma-term>`s: a popover with the lemma's explanation. */
export const LEMMA_TERMS: RichTextOptions = {
  lemmaRef: (id: string, text: string) => html`<lemma-term lemma=${id}>${text}</lemma-term>`,
};

/** The case's part, title, description, actors and keywords, and its lead. */
export function renderHeader(view: CaseView, item: Case, level: number): TemplateResult {
  return html`<header part="meta" class="meta">
      <p class="part">${view.t('part', { number: item.part.number ?? '', name: item.part.name })}</p>
      ${heading(level, html`${view.t('caseLabel', { number: item.number })}: ${item.title}`, 'title')}
      <p class="description">${item.description}</p>
      <dl class="facts">
        <div>
          <dt>${view.t('actors')}:</dt>
          <dd>${item.actors.join(', ')}</dd>
        </div>
        <div>
          <dt>${view.t('keywords')}:</dt>
          <dd>${item.keywords.join(', ')}</dd>
        </div>
      </dl>
    </header>
    <p part="lead" class="lead">${item.lead}</p>`;
}

export function renderSection(view: CaseView, item: Case, index: number, level: number): TemplateResult {
  const section = item.sections[index];
  return html`<section part="section" class="section" aria-labelledby="section-${index}">
    ${heading(level + 1, section.heading, `section-${index}`)} ${renderRichText(section.text, view.richText)}
  </section>`;
}

/** The alert about a host state that was refused, until one is accepted. */
export function renderRefusedState(view: CaseView): TemplateResult | typeof nothing {
  return view.refusedState === undefined
    ? nothing
    : html`<p class="message message--alert" role="alert" data-screen-only>
        ${view.t('stateRefused', { path: view.refusedState || '—' })}
      </p>`;
}

export function renderCaseAttribution(view: CaseView, item: Case): TemplateResult {
  return renderAttribution(item.source, view.lang, (key) => view.t(key));
}

export function renderReferences(view: CaseView, item: Case, level: number): TemplateResult | typeof nothing {
  if (!item.literature?.length && !item.links?.length) return nothing;
  return html`<div class="references">
    ${
      item.literature?.length
        ? html`${heading(level + 1, view.t('literature'))}
            <ul>
              ${item.literature.map((reference) => html`<li>${renderReference(reference)}</li>`)}
            </ul>`
        : nothing
    }
    ${
      item.links?.length
        ? html`${heading(level + 1, view.t('links'))}
            <ul>
              ${item.links.map((link) => html`<li><a href=${link.url}>${link.title}</a></li>`)}
            </ul>`
        : nothing
    }
  </div>`;
}

/** A reading, viewing or look-up task, with a link to its resource when there is one. */
export function renderTask(view: CaseView, question: CaseQuestion): TemplateResult | typeof nothing {
  const task = question.task;
  if (!task) return nothing;
  const title = task.title ?? task.url;
  return html`<p class="task">
    <strong>${view.t(`task.${task.kind}`)}</strong>${
      title ? html`: ${task.url ? html`<a href=${task.url}>${title}</a>` : html`<cite>${title}</cite>`}` : nothing
    }
  </p>`;
}
