import type { TemplateResult } from 'lit';
import { caseSource } from '../../generated/case-source.js';
import type { Case, CaseQuestion } from '../../content/schema.js';
import { emit } from '../../core/events.js';
import type { CasusHostState } from './casus-state.js';
import { elementDefiner } from '../../core/define.js';
import { NabijContentElement } from '../../core/nabij-content-element.js';
import { casusStyles } from '../../shared/casus.styles.js';
import { sharedStyles } from '../../core/shared.styles.js';
import { answersToMarkdown, type Answer, type Answers } from './answers.js';
import { answerWords, type AnswerView, type CasusText } from './answer-fields.js';
import { renderCase, showAll, showMore, type ReadingMove, type ReadingView } from './case-reading.js';
import { LEMMA_TERMS, type CaseView } from './case-views.js';
import { renderDiscussion, type DiscussionView } from './casus-discussion.js';
import { answeredStatement, CasusProgress, type Reporter } from './casus-progress.js';
import { toCaseId } from './casus-state.js';
import { readHostState, readStoredAnswers, storeAnswers } from './casus-storage.js';
import { casusViewerStyles } from './casus-viewer.styles.js';
import { casusText, type CasusMessageKey } from '../../i18n/nl/casus.js';

export type CasusViewerMode = 'read' | 'discussion';

/**
 * A case from the casebook *Yin en yang in het sociaal domein* (or a publisher's own) for reading, teaching
 * and intervision. The story opens one part at a time ("Lees verder"), so a group can stop and predict before
 * the turn; the questions come as cards with answer fields shaped like the question asks (pros and cons with
 * the requested counts, a short answer with a sentence limit, a numbered list). Answers stay in the page
 * unless `persist="local"` keeps them in this browser; they can be downloaded as text and printed with the
 * case. `mode="discussion"` shows one part or question at a time in large type, for a projector.
 *
 * @tagname casus-viewer
 * @summary One case with stepwise reading, question cards with answer fields, export and a discussion mode.
 *
 * @csspart case - The outer `<article>`.
 * @csspart meta - The part, actors and keywords.
 * @csspart lead - The case's lead paragraph.
 * @csspart section - Each section of the story.
 * @csspart reveal - The "Lees verder" and "Toon alles" controls.
 * @csspart question - Each question card.
 * @csspart answer - Each answer field.
 * @csspart tools - The download, print and clear controls.
 * @csspart slide - The current slide in discussion mode.
 * @csspart attribution - The source and licence line.
 * @csspart status - The loading message.
 * @csspart error - The error message shown instead of invalid content.
 *
 * @cssprop [--nabij-casus-loading-block-size=100svh] - Room kept while the content loads, so the page does not jump; `0` turns it off.
 * @cssprop [--nabij-casus-background-color=Canvas] - Background; falls back to `--basis-color-default-bg-document`.
 * @cssprop [--nabij-casus-color=CanvasText] - Text colour; falls back to `--basis-color-default-color-document`.
 * @cssprop [--nabij-casus-border-color=#767676] - Borders of cards and fields; falls back to `--basis-color-default-border-default`.
 * @cssprop [--nabij-casus-border-radius=0.5rem] - Corner radius; falls back to `--basis-border-radius-md`.
 * @cssprop [--nabij-casus-accent-color=#0b4f8a] - Buttons, links and the lead's rule; falls back to `--basis-color-accent-1-color-document`.
 * @cssprop [--nabij-casus-discussion-font-size=1.75rem] - Type size in discussion mode.
 *
 * @fires nabij-load - The case was loaded and is shown. Detail: `{ id, origin }`.
 * @fires nabij-error - The case could not be loaded or is invalid. Detail: `{ code, origin, issues, params }`.
 * @fires nabij-answer - An answer changed. Detail: `{ caseId, questionId, answers }` (all answers; they never leave the browser by themselves).
 * @fires nabij-change - The learner's state changed (an answer, a section read, a question seen), or a state set through `state` was accepted. Detail: `{ state }`, the whole state as in `state`.
 * @fires nabij-statement - An xAPI-shaped statement: `experienced` the case (shown) and each question (seen), `interacted` (a section opened), `answered` a question (field left after a change; `result.response`), `completed` (every section read and every question seen; once). See docs/statements.md.
 *
 * @attr src - URL of a JSON file with one case (see `dist/schema/case.json`). Wins over `casus`.
 * @attr heading-level - Level of the case title (2–6).
 * @attr timeout - Milliseconds to wait for `src`.
 * @attr statement-base - Base IRI of the activity ids in statements (`<base>/casus/<id>`); else `<meta name="nabij-statement-base">`, else `urn:nabij`.
 * @prop {string} src - URL of a JSON file with one case (see `dist/schema/case.json`). Wins over `casus`.
 * @prop {unknown} content - Case data as a JS object; wins over inline JSON, `src` and `casus`.
 * @prop {number} headingLevel - Level of the case title (2–6).
 * @prop {number} timeout - Milliseconds to wait for `src`.
 * @prop {object | undefined} actor - The learner as an xAPI actor, copied into every `nabij-statement`; without it statements carry no actor.
 */
export class CasusViewer extends NabijContentElement<Case> {
  static override styles = [sharedStyles, casusStyles, casusViewerStyles];
  static override contentSource = caseSource;

  static override properties = {
    casus: { reflect: true },
    mode: { reflect: true },
    reveal: {},
    persist: {},
    _shown: { state: true },
    _slide: { state: true },
    _answers: { state: true },
    _message: { state: true },
    _announcement: { state: true },
    _refusedState: { state: true },
  };

  /** Number or id of a built-in case: `8` or `casus-8`. */
  casus = '';

  /** `read`: the whole case on the page. `discussion`: one part or question at a time, large, for a projector. */
  mode: CasusViewerMode = 'read';

  /** `stepwise` (default) opens the story one part at a time; `all` shows it straight through. */
  reveal: 'stepwise' | 'all' = 'stepwise';

  /** `local` keeps answers in this browser's localStorage; without it nothing is stored. */
  persist = '';

  /** How many sections are open (stepwise reading). */
  protected _shown = 0;
  protected _slide = 0;
  protected _answers: Answers = {};
  protected _message?: { key: CasusMessageKey; alert: boolean };
  protected _announcement = '';
  /** The field of the last state the host set and we refused (shown as an alert until a state is accepted). */
  protected _refusedState?: string;

  readonly #progress = new CasusProgress();
  /** A state set before the case was loaded: checked against the case once it is here. */
  #pendingState?: string | object;

  protected get builtinId(): string {
    return toCaseId(this.casus);
  }

  /** The case shown now, or undefined while loading or in error. */
  get caseData(): Case | undefined {
    return this.readyContent;
  }

  /** A copy of the learner's answers, by question id. */
  get answers(): Answers {
    return structuredClone(this._answers);
  }

  /**
   * The learner's work as JSON-serialisable data for a host to keep (`format: 'nabij-casus-state'`): answers,
   * sections read, questions seen, `completed`. Setting it restores that work after checking it against the
   * case (also when set before the case has loaded); a state that does not fit is refused with an alert in the
   * element and `nabij-error` (`code: 'invalid-state'`), and nothing the learner has is lost. Accepted states
   * are confirmed with `nabij-change`.
   */
  get state(): CasusHostState {
    return this.#progress.toState(this.caseData?.id ?? toCaseId(this.casus), this._answers);
  }

  set state(value: CasusHostState | string) {
    this.#pendingState = value;
    if (this.caseData) this.#applyPendingState(this.caseData);
  }

  /** The questions with the learner's answers as Markdown text. */
  answersMarkdown(): string {
    const item = this.caseData;
    if (!item) return '';
    return answersToMarkdown(item, this._answers, answerWords(this.#text));
  }

  protected override get loadingText(): string {
    return this.#t('loading');
  }

  protected renderContent(item: Case): TemplateResult {
    return this.mode === 'discussion'
      ? renderDiscussion(this.#discussionView, item, this.titleLevel)
      : renderCase(this.#readingView(item), item, this.titleLevel);
  }

  #t(key: CasusMessageKey, params?: Record<string, string | number>): string {
    return casusText(this, this.uiLang, key, params);
  }

  /** `#t` as a function value, for the views in answer-fields.ts. */
  #text: CasusText = (key, params) => this.#t(key, params);

  /** The answer fields' view of this element. */
  get #answerView(): AnswerView {
    return { t: this.#text, answers: this._answers, setAnswer: (id, answer) => this.#setAnswer(id, answer) };
  }

  /** What the views in case-views.ts read. */
  get #caseView(): CaseView {
    return { t: this.#text, lang: this.uiLang, richText: LEMMA_TERMS, refusedState: this._refusedState };
  }

  #readingView(item: Case): ReadingView {
    return {
      ...this.#caseView,
      reveal: this.reveal,
      shown: this._shown,
      persist: this.persist,
      message: this._message,
      announcement: this._announcement,
      answers: this.#answerView,
      actions: {
        showMore: () => this.#reveal(showMore(this.#text, item, this._shown)),
        showAll: () => this.#reveal(showAll(this.#text, item, this._shown)),
        download: this.#download,
        clear: this.#clear,
        answered: (question, index) => this.#answered(question, index),
      },
    };
  }

  get #discussionView(): DiscussionView {
    return {
      ...this.#caseView,
      slide: this._slide,
      announcement: this._announcement,
      goTo: (index, total) => this.#goTo(index, total),
    };
  }

  // ——— discussion mode ———

  #goTo(index: number, total: number): void {
    const next = Math.max(0, Math.min(total - 1, index));
    if (next === this._slide) return;
    this._slide = next;
    this._announcement = this.#t('slide', { n: next + 1, total });
    // Focus the new slide's heading, so reading continues there and the keys keep working.
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('.slide :is(h2, h3, h4, h5, h6)')?.focus(),
    );
  }

  // ——— stepwise reading ———

  #reveal([shown, announcement, focus]: ReadingMove): void {
    this._shown = shown;
    this._announcement = announcement;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(focus)?.focus());
  }

  // ——— answers ———

  #setAnswer(questionId: string, answer: Answer): void {
    this._answers = { ...this._answers, [questionId]: answer };
    this._message = undefined;
    this.#save();
    emit(this, 'nabij-answer', { caseId: this.caseData?.id ?? '', questionId, answers: this.answers });
    this.#changed();
  }

  #answered(question: CaseQuestion, index: number): void {
    const item = this.caseData;
    const answer = this._answers[question.id];
    if (item && answer !== undefined) this.statement(...answeredStatement(item, question, index, answer));
  }

  #changed(): void {
    emit(this, 'nabij-change', { state: this.state });
  }

  /** After each render: note the sections and questions now on screen; report what is new. */
  protected override updated(): void {
    const item = this.caseData;
    if (!item) return;
    const view = { mode: this.mode, reveal: this.reveal, shown: this._shown, slide: this._slide };
    const statement: Reporter = (verb, path, options) => this.statement(verb, path, options);
    if (this.#progress.report(item, view, statement)) this.#changed();
  }

  #applyPendingState(item: Case): void {
    const input = this.#pendingState;
    this.#pendingState = undefined;
    if (input === undefined) return;
    const next = readHostState(input, item);
    if ('code' in next) {
      this._refusedState = next.issues[0].path;
      emit(this, 'nabij-error', next);
      return;
    }
    this._refusedState = undefined;
    this.#progress.restore(next);
    this._answers = next.answers;
    // Open the story as far as the learner had read it; the questions follow when every section is open.
    this._shown = Math.max(this._shown, ...next.read.map((index) => index + 1));
    this.#save();
    this.#changed();
  }

  #save(): void {
    if (!storeAnswers(this.persist, this.caseData?.id ?? '', this._answers)) {
      this._message = { key: 'storageFailed', alert: true };
    }
  }

  #clear = (): void => {
    this._answers = {};
    storeAnswers(this.persist, this.caseData?.id ?? '', null);
    this._message = { key: 'cleared', alert: false };
    emit(this, 'nabij-answer', { caseId: this.caseData?.id ?? '', questionId: '', answers: {} });
    this.#changed();
  };

  // The file helpers load on the first download: a chunk the first render does not wait for.
  #download = (): Promise<void> =>
    import('../../shared/files.js').then(({ downloadFile }) =>
      downloadFile(`${this.caseData?.id ?? 'casus'}-antwoorden.md`, this.answersMarkdown(), 'text/markdown'),
    );

  protected override contentReady(item: Case): void {
    this._shown = 0;
    this._slide = 0;
    const stored = readStoredAnswers(this.persist, item);
    if (!stored) this._message = { key: 'storageFailed', alert: true };
    this._answers = stored ?? {};
    this.#progress.reset();
    this.#applyPendingState(item);
    // Load the term element only for a case that links a lemma.
    if (JSON.stringify(item).includes('"lemma-ref"')) void import('../lemma-term/define.js');
  }
}

/** Registers `<casus-viewer>` (or `<prefix-casus-viewer>`); safe to call more than once. */
export const define = elementDefiner('casus-viewer', CasusViewer);

export interface NabijAnswerDetail {
  caseId: string;
  questionId: string;
  answers: Answers;
}

declare global {
  interface HTMLElementTagNameMap {
    'casus-viewer': CasusViewer;
  }
  interface HTMLElementEventMap {
    'nabij-answer': CustomEvent<NabijAnswerDetail>;
  }
}

declare module '../../core/events.js' {
  interface NabijEvents {
    'nabij-answer': NabijAnswerDetail;
  }
}
