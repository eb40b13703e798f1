import type { AnswerShape, Case, CaseQuestion } from '../../content/schema.js';

/** A learner's answer: free text, a numbered list, or pros and cons. */
export type Answer = string | string[] | { pros: string[]; cons: string[] };
export type Answers = Record<string, Answer>;

export function shapeOf(question: CaseQuestion): AnswerShape {
  return question.answer ?? { kind: 'text' };
}

/** Sentences in a text, roughly: runs ending in . ! ? (or the end), ignoring empty ones. */
export function countSentences(text: string): number {
  return text.split(/[.!?…]+(?=\s|$)/).filter((part) => part.trim()).length;
}

function lines(answer: Answer | undefined): string[] {
  if (answer === undefined) return [];
  if (typeof answer === 'string') return answer.trim() ? [answer.trim()] : [];
  if (Array.isArray(answer)) return answer.map((item) => item.trim()).filter(Boolean);
  return [...answer.pros, ...answer.cons].map((item) => item.trim()).filter(Boolean);
}

export function isAnswered(answer: Answer | undefined): boolean {
  return lines(answer).length > 0;
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
    } else if (typeof value === 'string') {
      answers[question.id] = value;
    }
  }
  return answers;
}

/** The case's questions with the learner's answers, as Markdown (for a file, an e-mail or intervision). */
export function answersToMarkdown(
  item: Case,
  answers: Answers,
  words: { question: (n: number) => string; pros: string; cons: string; noAnswer: string; source: string },
): string {
  const out = [`# ${item.source.publication}: casus ${item.number}, ${item.title}`, ''];
  item.questions.forEach((question, index) => {
    out.push(`## ${words.question(index + 1)}`, '', `> ${question.text}`, '');
    const answer = answers[question.id];
    if (!isAnswered(answer)) out.push(words.noAnswer);
    else if (typeof answer === 'string') out.push(answer.trim());
    else if (Array.isArray(answer)) answer.forEach((entry, i) => entry.trim() && out.push(`${i + 1}. ${entry.trim()}`));
    else {
      out.push(`${words.pros}:`, ...answer.pros.filter((entry) => entry.trim()).map((entry) => `- ${entry.trim()}`));
      out.push(
        '',
        `${words.cons}:`,
        ...answer.cons.filter((entry) => entry.trim()).map((entry) => `- ${entry.trim()}`),
      );
    }
    out.push('');
  });
  out.push('---', `${words.source}: ${item.source.publication}, ${item.source.locator} (${item.source.year}).`, '');
  return out.join('\n');
}
