import type { AnswerShape, Case, CaseQuestion } from '../../content/schema.js';
import { inlineTextToPlain } from '../../core/rich-text.js';

/** A choice on a scale (1 to its number of steps; null while none is chosen) with the learner's explanation. */
export type ScaleAnswer = { value: number | null; text: string };

/** A learner's answer: free text, a numbered list, a pair of columns (pros and cons), or a scale choice. */
export type Answer = string | string[] | { pros: string[]; cons: string[] } | ScaleAnswer;
export type Answers = Record<string, Answer>;

export function shapeOf(question: CaseQuestion): AnswerShape {
  return question.answer ?? { kind: 'text' };
}

/** Sentences in a text, roughly: runs ending in . ! ? (or the end), ignoring empty ones. */
export function countSentences(text: string): number {
  return text.split(/[.!?…]+(?=\s|$)/).filter((part) => part.trim()).length;
}

/** Whether an answer is a scale choice (the one object answer without columns). */
export function isScaleAnswer(answer: Answer | undefined): answer is ScaleAnswer {
  return typeof answer === 'object' && !Array.isArray(answer) && 'value' in answer;
}

/** A scale value that fits the shape: an integer from 1 to `steps`, or null. */
export function isScaleValue(value: unknown, steps = Infinity): value is number | null {
  return value === null || (Number.isInteger(value) && (value as number) >= 1 && (value as number) <= steps);
}

function lines(answer: Answer | undefined): string[] {
  if (answer === undefined) return [];
  if (typeof answer === 'string') return answer.trim() ? [answer.trim()] : [];
  if (Array.isArray(answer)) return answer.map((item) => item.trim()).filter(Boolean);
  if (isScaleAnswer(answer))
    return [answer.value === null ? '' : String(answer.value), answer.text.trim()].filter(Boolean);
  return [...answer.pros, ...answer.cons].map((item) => item.trim()).filter(Boolean);
}

export function isAnswered(answer: Answer | undefined): boolean {
  return lines(answer).length > 0;
}

/** The two column labels of a pair answer: the question's own, or the defaults (pros and cons). */
export function pairLabels(shape: AnswerShape, defaults: [string, string]): [string, string] {
  return shape.kind === 'pros-cons' && shape.labels ? shape.labels : defaults;
}

/** Keeps only answers whose shape fits the question (stored answers may come from an older version). */
export function sanitizeAnswers(input: unknown, item: Case): Answers {
  const answers: Answers = {};
  if (!input || typeof input !== 'object') return answers;
  const strings = (value: unknown) => Array.isArray(value) && value.every((entry) => typeof entry === 'string');
  for (const question of item.questions) {
    const value = (input as Record<string, unknown>)[question.id];
    const shape = shapeOf(question);
    if (shape.kind === 'pros-cons') {
      const pair = value as { pros?: unknown; cons?: unknown } | undefined;
      if (pair && strings(pair.pros) && strings(pair.cons)) answers[question.id] = pair as Answer;
    } else if (shape.kind === 'list') {
      if (strings(value)) answers[question.id] = value as string[];
    } else if (shape.kind === 'scale') {
      const choice = value as Partial<ScaleAnswer> | undefined;
      if (choice && isScaleValue(choice.value, shape.steps) && typeof choice.text === 'string')
        answers[question.id] = { value: choice.value, text: choice.text };
    } else if (typeof value === 'string') {
      answers[question.id] = value;
    }
  }
  return answers;
}

/** The words an answer export needs, in the reader's language. */
export interface AnswerWords {
  question: (n: number) => string;
  pros: string;
  cons: string;
  /** "3 on a scale from 1 (low) to 5 (high)". */
  scale: (value: number, steps: number, low: string, high: string) => string;
  noAnswer: string;
  source: string;
}

/** The questions with the learner's answers, as Markdown (for a file, an e-mail or intervision). */
export function answersToMarkdown(item: Case, answers: Answers, words: AnswerWords): string {
  const out = [`# ${item.source.publication}: casus ${item.number}, ${item.title}`, ''];
  item.questions.forEach((question, index) => {
    out.push(`## ${words.question(index + 1)}`, '', `> ${inlineTextToPlain(question.text)}`, '');
    const answer = answers[question.id];
    const shape = shapeOf(question);
    if (!isAnswered(answer)) out.push(words.noAnswer);
    else if (typeof answer === 'string') out.push(answer.trim());
    else if (Array.isArray(answer)) answer.forEach((entry, i) => entry.trim() && out.push(`${i + 1}. ${entry.trim()}`));
    else if (isScaleAnswer(answer)) {
      if (answer.value !== null && shape.kind === 'scale')
        out.push(words.scale(answer.value, shape.steps, ...shape.labels), '');
      if (answer.text.trim()) out.push(answer.text.trim());
    } else {
      const [left, right] = pairLabels(shape, [words.pros, words.cons]);
      out.push(`${left}:`, ...answer.pros.filter((entry) => entry.trim()).map((entry) => `- ${entry.trim()}`));
      out.push('', `${right}:`, ...answer.cons.filter((entry) => entry.trim()).map((entry) => `- ${entry.trim()}`));
    }
    out.push('');
  });
  out.push('---', `${words.source}: ${item.source.publication}, ${item.source.locator} (${item.source.year}).`, '');
  return out.join('\n');
}
