import type { Case, CaseQuestion } from '../../content/schema.js';
import type { CasusHostState } from './casus-state.js';
import { inlineTextToPlain } from '../../core/rich-text.js';
import type { StatementOptions, StatementVerb } from '../../core/statements.js';
import type { Answer, Answers } from './answers.js';
import { CASUS_STATE_FORMAT } from './casus-state.js';

/** What the viewer shows now: enough to tell which sections and questions are on screen. */
export interface CasusView {
  mode: 'read' | 'discussion';
  reveal: 'stepwise' | 'all';
  /** Sections opened in stepwise reading. */
  shown: number;
  /** Current slide in discussion mode: 0 the opening, then the sections, then the questions. */
  slide: number;
}

/** Sends one statement (the element's `statement`). */
export type Reporter = (verb: StatementVerb, path: (string | number)[], options: StatementOptions) => void;

/**
 * Which sections the learner read and which questions they saw. A section counts as read once it is open on
 * screen (stepwise "Lees verder", "Toon alles", `reveal="all"`, or its slide); a question counts as seen once
 * it is shown (in reading mode the questions appear when every section is open; in discussion mode, its slide).
 * Completion, once reached, stays: clearing the answers does not undo having done the case.
 */
export class CasusProgress {
  read = new Set<number>();
  seen = new Set<number>();
  completed = false;

  reset(): void {
    this.read.clear();
    this.seen.clear();
    this.completed = false;
  }

  restore(state: CasusHostState): void {
    this.read = new Set(state.read);
    this.seen = new Set(state.seen);
    this.completed = state.completed;
  }

  /** Adds what is on screen now; returns what is new, and whether the case became complete just now. */
  note(item: Case, view: CasusView): { sections: number[]; questions: number[]; completedNow: boolean } {
    const sectionCount = item.sections.length;
    const questionCount = item.questions.length;
    const onScreen: { sections: number[]; questions: number[] } = { sections: [], questions: [] };
    if (view.mode === 'discussion') {
      const slide = Math.min(view.slide, sectionCount + questionCount);
      if (slide >= 1 && slide <= sectionCount) onScreen.sections.push(slide - 1);
      else if (slide > sectionCount) onScreen.questions.push(slide - 1 - sectionCount);
    } else {
      const shown = view.reveal === 'all' ? sectionCount : Math.min(view.shown, sectionCount);
      for (let index = 0; index < shown; index++) onScreen.sections.push(index);
      if (shown === sectionCount) for (let index = 0; index < questionCount; index++) onScreen.questions.push(index);
    }
    const sections = onScreen.sections.filter((index) => !this.read.has(index));
    const questions = onScreen.questions.filter((index) => !this.seen.has(index));
    sections.forEach((index) => this.read.add(index));
    questions.forEach((index) => this.seen.add(index));
    const completedNow = this.#reachCompletion(sectionCount, questionCount);
    return { sections, questions, completedNow };
  }

  /**
   * Notes what is on screen now and sends the statements for what is new: one `interacted` per section opened
   * (about the case itself: the same activity keeps the same name), `experienced` per question seen, and
   * `completed` once. True when anything was new, so the element reports its changed state.
   */
  report(item: Case, view: CasusView, statement: Reporter): boolean {
    const news = this.note(item, view);
    const parent = ['casus', item.id];
    news.sections.forEach(() => statement('interacted', parent, { name: item.title, lang: item.lang }));
    news.questions.forEach((index) =>
      statement('experienced', [...parent, 'vraag', index + 1], {
        name: inlineTextToPlain(item.questions[index].text),
        lang: item.lang,
        type: 'http://adlnet.gov/expapi/activities/question',
        parent,
      }),
    );
    if (news.completedNow)
      statement('completed', parent, { name: item.title, lang: item.lang, result: { completion: true } });
    return Boolean(news.sections.length || news.questions.length || news.completedNow);
  }

  /** Sets `completed` when every section is read and every question seen; true only on the change. */
  #reachCompletion(sectionCount: number, questionCount: number): boolean {
    if (this.completed || this.read.size < sectionCount || this.seen.size < questionCount) return false;
    this.completed = true;
    return true;
  }

  toState(casus: string, answers: Answers): CasusHostState {
    const sorted = (set: Set<number>) => [...set].sort((a, b) => a - b);
    return {
      format: CASUS_STATE_FORMAT,
      version: 1,
      casus,
      completed: this.completed,
      read: sorted(this.read),
      seen: sorted(this.seen),
      answers: structuredClone(answers),
    };
  }
}

/**
 * The `answered` statement of a field left after a change (one per finished edit, not one per keystroke), as
 * the arguments of the element's `statement`.
 */
export function answeredStatement(
  item: Case,
  question: CaseQuestion,
  index: number,
  answer: Answer,
): Parameters<Reporter> {
  return [
    'answered',
    ['casus', item.id, 'vraag', index + 1],
    {
      name: inlineTextToPlain(question.text),
      lang: item.lang,
      type: 'http://adlnet.gov/expapi/activities/question',
      parent: ['casus', item.id],
      result: { response: typeof answer === 'string' ? answer : JSON.stringify(answer) },
    },
  ];
}
