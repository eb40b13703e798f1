import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { CaseQuestion } from '../../content/schema.js';
import type { CasusMessageKey } from '../../i18n/nl/casus.js';
import {
  countSentences,
  isScaleAnswer,
  pairLabels,
  shapeOf,
  type Answer,
  type Answers,
  type AnswerWords,
  type ScaleAnswer,
} from './answers.js';

/** The casebook strings in the element's language. */
export type CasusText = (key: CasusMessageKey, params?: Record<string, string | number>) => string;

/** What the answer fields read and write: the learner's answers, kept by the `<casus-viewer>`. */
export interface AnswerView {
  t: CasusText;
  answers: Answers;
  setAnswer(questionId: string, answer: Answer): void;
}

/** "3 on a scale of 1 (low) to 5 (high)". */
export function scaleText(t: CasusText, value: number, steps: number, low: string, high: string): string {
  return t('scaleAnswer', { value, steps, low, high });
}

/** The words of the answers' Markdown export, in the element's language. */
export function answerWords(t: CasusText): AnswerWords {
  return {
    question: (n) => t('question', { n }),
    pros: t('pros'),
    cons: t('cons'),
    scale: (value, steps, low, high) => scaleText(t, value, steps, low, high),
    noAnswer: t('noAnswer'),
    source: t('source'),
  };
}

/** The answer field in the shape the question asks for; every field is labelled and described by its question. */
export function renderAnswerField(view: AnswerView, question: CaseQuestion): TemplateResult {
  const id = question.id;
  const shape = shapeOf(question);
  const answer = view.answers[id];
  const describedBy = `${id}-text`;
  if (shape.kind === 'pros-cons') {
    const pair = (answer as { pros: string[]; cons: string[] } | undefined) ?? { pros: [], cons: [] };
    const labels = pairLabels(shape, [view.t('pros'), view.t('cons')]);
    const column = (side: 'pros' | 'cons', count: number) => {
      const at = side === 'pros' ? 0 : 1;
      const item = shape.itemLabels?.[at] ?? (shape.labels ? labels[at] : undefined);
      return html`<fieldset class="column">
        <legend>${labels[at]} (${count})</legend>
        ${Array.from({ length: count }, (_, i) =>
          input(
            `${id}-${side}-${i}`,
            item === undefined
              ? view.t(side === 'pros' ? 'pro' : 'con', { n: i + 1 })
              : count === 1
                ? item
                : `${item} ${i + 1}`,
            pair[side][i] ?? '',
            (value) => {
              const next = { pros: [...pair.pros], cons: [...pair.cons] };
              next[side][i] = value;
              view.setAnswer(id, next);
            },
          ),
        )}
      </fieldset>`;
    };
    return html`<div
      part="answer"
      class="answer pros-cons"
      role="group"
      data-screen-only
      aria-describedby=${describedBy}
    >
      ${column('pros', shape.pros)} ${column('cons', shape.cons)}
    </div>`;
  }
  if (shape.kind === 'list') {
    const items = (answer as string[] | undefined) ?? [];
    return html`<div part="answer" class="answer" role="group" data-screen-only aria-describedby=${describedBy}>
      ${Array.from({ length: shape.count }, (_, i) =>
        input(`${id}-item-${i}`, view.t('item', { n: i + 1 }), items[i] ?? '', (value) => {
          const next = [...items];
          next[i] = value;
          view.setAnswer(id, next);
        }),
      )}
    </div>`;
  }
  if (shape.kind === 'scale') {
    const choice: ScaleAnswer = isScaleAnswer(answer) ? answer : { value: null, text: '' };
    const [low, high] = shape.labels;
    return html`<div part="answer" class="answer" data-screen-only>
      <fieldset class="scale" role="radiogroup" aria-describedby=${describedBy}>
        <legend>${view.t('scaleChoice')}</legend>
        ${Array.from({ length: shape.steps }, (_, i) => {
          const value = i + 1;
          const end = value === 1 ? low : value === shape.steps ? high : '';
          return html`<label class="scale-option">
            <input
              type="radio"
              name="${id}-scale"
              .value=${String(value)}
              .checked=${live(choice.value === value)}
              @change=${() => view.setAnswer(id, { ...choice, value })}
            />
            ${value}${end ? html` <span class="scale-end">${end}</span>` : nothing}
          </label>`;
        })}
      </fieldset>
      <label class="field" for="${id}-answer">${view.t('explanation')}</label>
      <textarea
        id="${id}-answer"
        rows="4"
        aria-describedby=${describedBy}
        .value=${live(choice.text)}
        @input=${(event: Event) => view.setAnswer(id, { ...choice, text: (event.target as HTMLTextAreaElement).value })}
      ></textarea>
    </div>`;
  }
  const text = typeof answer === 'string' ? answer : '';
  const exact = shape.kind === 'short' ? (shape.exactSentences ?? 0) : 0;
  const max = exact || (shape.kind === 'short' ? (shape.maxSentences ?? 0) : 0);
  const count = countSentences(text);
  const over = count > max;
  return html`<div part="answer" class="answer" data-screen-only>
    <label class="field" for="${id}-answer">${view.t('yourAnswer')}</label>
    ${
      max
        ? html`<p class="hint" id="${id}-hint">${view.t(exact ? 'exactSentences' : 'maxSentences', { max })}</p>`
        : nothing
    }
    <textarea
      id="${id}-answer"
      rows=${max ? Math.min(8, max + 1) : 5}
      aria-describedby="${describedBy}${max ? ` ${id}-hint ${id}-count` : ''}"
      .value=${live(text)}
      @input=${(event: Event) => view.setAnswer(id, (event.target as HTMLTextAreaElement).value)}
    ></textarea>
    ${
      max
        ? html`<p class=${over ? 'hint hint--over' : 'hint'} id="${id}-count" aria-live="polite">
            ${view.t(
              exact ? (over ? 'notExactSentences' : 'sentenceCountExact') : over ? 'tooManySentences' : 'sentenceCount',
              { count, max },
            )}
          </p>`
        : nothing
    }
  </div>`;
}

function input(id: string, label: string, value: string, onInput: (value: string) => void): TemplateResult {
  return html`<label class="field" for=${id}>${label}</label>
    <input
      id=${id}
      .value=${live(value)}
      @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)}
    />`;
}

/** An answer as text, for print. */
export function printAnswer(view: AnswerView, question: CaseQuestion): TemplateResult {
  const answer = view.answers[question.id];
  const shape = shapeOf(question);
  if (answer === undefined) return html`<p>${view.t('noAnswer')}</p>`;
  if (typeof answer === 'string') return html`<p>${answer}</p>`;
  if (Array.isArray(answer))
    return html`<ol>
      ${answer.map((entry) => html`<li>${entry}</li>`)}
    </ol>`;
  if (isScaleAnswer(answer))
    return html`${
        answer.value !== null && shape.kind === 'scale'
          ? html`<p>${scaleText(view.t, answer.value, shape.steps, ...shape.labels)}</p>`
          : nothing
      }
      <p>${answer.text}</p>`;
  const [left, right] = pairLabels(shape, [view.t('pros'), view.t('cons')]);
  return html`<p><strong>${left}:</strong> ${answer.pros.filter(Boolean).join('; ')}</p>
    <p><strong>${right}:</strong> ${answer.cons.filter(Boolean).join('; ')}</p>`;
}
