import { html, nothing, type TemplateResult } from 'lit';
import type { Case, CaseQuestion } from '../../content/schema.js';
import { renderInlineText, renderRichText } from '../../core/rich-text.js';
import { heading } from '../../core/templates.js';
import type { CasusMessageKey } from '../../i18n/nl/casus.js';
import { printAnswer, renderAnswerField, type AnswerView, type CasusText } from './answer-fields.js';
import {
  renderCaseAttribution,
  renderHeader,
  renderReferences,
  renderRefusedState,
  renderSection,
  renderTask,
  type CaseView,
} from './case-views.js';

/** What read mode shows of the `<casus-viewer>`'s state, and where it reports what the learner does. */
export interface ReadingView extends CaseView {
  reveal: 'stepwise' | 'all';
  /** How many sections are open (stepwise reading). */
  shown: number;
  persist: string;
  /** A message about the last download/clear/storage action; alerts are errors. */
  message?: { key: CasusMessageKey; alert: boolean };
  /** What the live region says after a section opened. */
  announcement: string;
  answers: AnswerView;
  actions: {
    showMore(): void;
    showAll(): void;
    download(): void;
    clear(): void;
    answered(question: CaseQuestion, index: number): void;
  };
}

/** Where stepwise reading moves: how many sections are open, what the live region says, what gets the focus. */
export type ReadingMove = [shown: number, announcement: string, focus: string];

/** "Lees verder": the next section opens, and its heading gets the focus. */
export function showMore(t: CasusText, item: Case, shown: number): ReadingMove {
  const index = Math.min(shown, item.sections.length - 1);
  const total = item.sections.length;
  return [
    index + 1,
    t('revealed', { n: index + 1, total, heading: item.sections[index].heading }),
    `#section-${index}`,
  ];
}

/** "Toon alles": every section opens; the first one that was closed gets the focus. */
export function showAll(t: CasusText, item: Case, shown: number): ReadingMove {
  const total = item.sections.length;
  return [total, t('progress', { shown: total, total }), `#section-${shown}`];
}

/** Read mode: the case opened part by part (or all at once), its questions with answer fields, its sources. */
export function renderCase(view: ReadingView, item: Case, level: number): TemplateResult {
  const total = item.sections.length;
  const shown = view.reveal === 'all' ? total : Math.min(view.shown, total);
  return html`<article part="case" class="case" aria-labelledby="title" lang=${item.lang}>
    ${renderRefusedState(view)} ${renderHeader(view, item, level)}
    <div class="introduction">${renderRichText(item.introduction, view.richText)}</div>
    ${item.sections.map((_, index) =>
      index < shown
        ? renderSection(view, item, index, level)
        : html`<div class="print-only">${renderSection(view, item, index, level)}</div>`,
    )}
    ${
      shown < total
        ? html`<div part="reveal" class="reveal" data-screen-only>
            <p class="muted">${view.t('progress', { shown, total })}</p>
            <button type="button" class="button" @click=${view.actions.showMore}>
              ${view.t('readOnTo', { n: shown + 1, total })}
            </button>
            <button type="button" class="button button--quiet" @click=${view.actions.showAll}>
              ${view.t('showAll')}
            </button>
          </div>`
        : nothing
    }
    <div class=${shown < total ? 'print-only' : ''}>${renderQuestions(view, item, level)}</div>
    ${renderReferences(view, item, level)}
    <p part="attribution" class="muted attribution">${renderCaseAttribution(view, item)}</p>
    <div class="visually-hidden" role="status" aria-live="polite">${view.announcement}</div>
  </article>`;
}

function renderQuestions(view: ReadingView, item: Case, level: number): TemplateResult {
  return html`<div class="questions">
    ${heading(level + 1, view.t('questions'), 'questions-heading')}
    <ol class="question-list">
      ${item.questions.map((question, index) => renderQuestion(view, question, index, level))}
    </ol>
    <div part="tools" class="tools" data-screen-only>
      <p class="muted">${view.t(view.persist === 'local' ? 'answersKept' : 'answersLocal')}</p>
      <button type="button" class="button" @click=${view.actions.download}>${view.t('download')}</button>
      <button type="button" class="button" @click=${() => window.print()}>${view.t('print')}</button>
      <button type="button" class="button button--quiet" @click=${view.actions.clear}>${view.t('clear')}</button>
      ${
        view.message
          ? html`<p
              class=${view.message.alert ? 'message message--alert' : 'message'}
              role=${view.message.alert ? 'alert' : 'status'}
            >
              ${view.t(view.message.key)}
            </p>`
          : nothing
      }
    </div>
  </div>`;
}

function renderQuestion(view: ReadingView, question: CaseQuestion, index: number, level: number): TemplateResult {
  const id = question.id;
  return html`<li
    part="question"
    class="question"
    aria-labelledby="${id}-label"
    @change=${() => view.actions.answered(question, index)}
  >
    ${heading(level + 2, view.t('question', { n: index + 1 }), `${id}-label`)}
    <p id="${id}-text">${renderInlineText(question.text, view.richText)}</p>
    ${renderTask(view, question)} ${renderAnswerField(view.answers, question)}
    <div class="print-answer">${printAnswer(view.answers, question)}</div>
  </li>`;
}
