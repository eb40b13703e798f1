import { html, type TemplateResult } from 'lit';
import type { Case } from '../../content/schema.js';
import { renderInlineText, renderRichText } from '../../core/rich-text.js';
import { heading } from '../../core/templates.js';
import {
  renderCaseAttribution,
  renderHeader,
  renderRefusedState,
  renderSection,
  renderTask,
  type CaseView,
} from './case-views.js';

/** A slide of the discussion mode: the opening, one section, or one question. */
export type Slide = { kind: 'intro' } | { kind: 'section'; index: number } | { kind: 'question'; index: number };

export interface DiscussionView extends CaseView {
  /** The slide shown (may be past the end after the case changed; it is clamped). */
  slide: number;
  /** What the live region says after the slide changed. */
  announcement: string;
  goTo(index: number, total: number): void;
}

/**
 * The slide a key moves to from `slide` of `total`: arrows and Page Up/Down step, Home/End jump. Undefined for
 * any other key.
 */
export function slideForKey(key: string, slide: number, total: number): number | undefined {
  const moves: Record<string, number> = {
    ArrowRight: slide + 1,
    ArrowDown: slide + 1,
    PageDown: slide + 1,
    ArrowLeft: slide - 1,
    ArrowUp: slide - 1,
    PageUp: slide - 1,
    Home: 0,
    End: total - 1,
  };
  return key in moves ? moves[key] : undefined;
}

/** A key on the deck goes to the slide it names. */
function onDeckKey(view: DiscussionView, event: KeyboardEvent, total: number): void {
  // Keys typed into a field belong to the field.
  if ((event.target as HTMLElement).closest('input, textarea, select')) return;
  const target = slideForKey(event.key, view.slide, total);
  if (target === undefined) return;
  event.preventDefault();
  view.goTo(target, total);
}

/** The slides of a case: the opening, each section, each question. */
export function slidesOf(item: Case): Slide[] {
  return [
    { kind: 'intro' },
    ...item.sections.map((_, index) => ({ kind: 'section', index }) as const),
    ...item.questions.map((_, index) => ({ kind: 'question', index }) as const),
  ];
}

/** Discussion mode: one slide at a time (the opening, a section, a question), large, with previous and next. */
export function renderDiscussion(view: DiscussionView, item: Case, level: number): TemplateResult {
  const slides = slidesOf(item);
  const current = Math.min(view.slide, slides.length - 1);
  const slide = slides[current];
  let body: TemplateResult;
  if (slide.kind === 'intro') {
    body = html`${renderHeader(view, item, level)}${renderRichText(item.introduction, view.richText)}`;
  } else if (slide.kind === 'section') {
    body = renderSection(view, item, slide.index, level);
  } else {
    const question = item.questions[slide.index];
    body = html`${heading(level + 1, view.t('question', { n: slide.index + 1 }), 'slide-heading')}
      <p class="slide-question">${renderInlineText(question.text, view.richText)}</p>
      ${renderTask(view, question)}`;
  }
  return html`<article
    part="case"
    class="case discussion"
    aria-roledescription=${view.t('discussion', { number: item.number })}
    aria-labelledby="slide-label"
    lang=${item.lang}
    @keydown=${(event: KeyboardEvent) => onDeckKey(view, event, slides.length)}
  >
    ${renderRefusedState(view)}
    <div part="slide" class="slide">${body}</div>
    <nav class="slide-nav" data-screen-only aria-label=${view.t('slide', { n: current + 1, total: slides.length })}>
      <button
        type="button"
        class="button"
        ?disabled=${current === 0}
        @click=${() => view.goTo(current - 1, slides.length)}
      >
        ${view.t('previous')}
      </button>
      <p id="slide-label" class="slide-count">${view.t('slide', { n: current + 1, total: slides.length })}</p>
      <button
        type="button"
        class="button"
        ?disabled=${current === slides.length - 1}
        @click=${() => view.goTo(current + 1, slides.length)}
      >
        ${view.t('next')}
      </button>
    </nav>
    <p class="muted keys" data-screen-only>${view.t('keysHint')}</p>
    <p part="attribution" class="muted attribution">${renderCaseAttribution(view, item)}</p>
    <div class="visually-hidden" role="status" aria-live="polite">${view.announcement}</div>
  </article>`;
}
