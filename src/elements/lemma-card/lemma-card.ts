import { html, nothing, type TemplateResult } from 'lit';
import { isBuiltinLemma, lemmaSource } from '../../generated/lemma-source.js';
import { loadLemmaCases, type LemmaCaseLink } from '../../content/builtin/lemma-cases.js';
import type { ContentOrigin } from '../../content/errors.js';
import type { Lemma } from '../../content/schema.js';
import { emit } from '../../core/events.js';
import type { LemmaHostState } from './lemma-state.js';
import { elementDefiner } from '../../core/define.js';
import { NabijContentElement } from '../../core/nabij-content-element.js';
import { sharedStyles } from '../../core/shared.styles.js';
import { lemmaCardStyles } from './lemma-card.styles.js';
import { renderLemma } from './lemma-view.js';

export type LemmaCardVariant = 'compact' | 'full';

type ProgressModule = typeof import('./lemma-progress.js');

/**
 * A lemma (keyword article) of a lexicon as a card: title, authors, cluster, summary and key concepts; in the
 * `full` variant also the line of argument, references, related lemmas and, for a built-in lemma, the built-in
 * cases that link it ("Casussen bij dit lemma"). Content comes from the built-in
 * lexicon (`lemma`), a JSON URL (`src`), inline JSON, or the `content` property; publisher content is validated
 * against the published schema first (built-in content was validated when it was compiled).
 *
 * @tagname lemma-card
 * @summary Shows one lemma of *Nabijheid en sociaal werk* (or a publisher's own lexicon).
 *
 * @slot - The publisher's own additions, shown below the lemma (a link to a course page, a note).
 *
 * @csspart card - The card's outer `<article>`.
 * @csspart cluster - The cluster label above the title.
 * @csspart title - The lemma's title heading.
 * @csspart byline - The line with the lemma's authors.
 * @csspart summary - The summary text.
 * @csspart concepts - The key-concept list (`<dl>`).
 * @csspart argument - The line-of-argument sections (full variant).
 * @csspart references - The reference list (full variant).
 * @csspart related-list - The list of related lemmas (full variant).
 * @csspart related-link - Each link or button to a related lemma.
 * @csspart case-list - The list of cases on this lemma (full variant, built-in lemmas).
 * @csspart case-link - Each link or button to a case on this lemma.
 * @csspart attribution - The source and licence line.
 * @csspart additions - The wrapper around the publisher's slotted additions.
 * @csspart status - The loading message.
 * @csspart error - The error message shown instead of invalid content.
 *
 * @cssprop [--nabij-lemma-card-loading-block-size=100svh] - Room kept while the content loads, so the page does not jump; `0` turns it off.
 * @cssprop [--nabij-lemma-card-background-color=Canvas] - Card background; falls back to `--basis-color-default-bg-document`.
 * @cssprop [--nabij-lemma-card-color=CanvasText] - Text colour; falls back to `--basis-color-default-color-document`.
 * @cssprop [--nabij-lemma-card-border-color=#767676] - Border and rule colour; falls back to `--basis-color-default-border-default`.
 * @cssprop [--nabij-lemma-card-border-radius=0.5rem] - Corner radius; falls back to `--basis-border-radius-md`.
 * @cssprop [--nabij-lemma-card-padding=1.5rem] - Inner spacing; falls back to `--basis-space-block-lg`.
 * @cssprop [--nabij-lemma-card-max-inline-size=48rem] - Maximum width of the card.
 * @cssprop [--nabij-lemma-card-accent-color=#0b4f8a] - Cluster label and link colour; falls back to `--basis-color-accent-1-color-document`.
 * @cssprop [--nabij-lemma-card-muted-color=#4a4a4a] - Byline and attribution colour; falls back to `--basis-color-default-color-subtle`.
 * @cssprop [--nabij-lemma-card-heading-font-family=inherit] - Title font; falls back to `--basis-heading-font-family`.
 * @cssprop [--nabij-focus-outline-color=#1a1a80] - Focus ring colour (shared by all Nabij elements); falls back to `--basis-focus-outline-color`.
 * @cssprop [--nabij-error-border-color=#b00020] - Border of the error message; falls back to `--basis-color-error-border-default`.
 * @fires nabij-load - The content was validated and is shown. Detail: `{ id, origin }`.
 * @fires nabij-error - The content could not be loaded or is invalid; the element shows why. Detail: `{ code, origin, issues, params }`.
 * @fires nabij-navigate - The reader chose a related lemma (`kind: 'lemma'`) or a case on this lemma (`kind: 'case'`). Cancelable: call `preventDefault()` to route it yourself. Detail: `{ kind, id, href }`.
 * @fires nabij-change - The lemma was read to the end, or a state set through `state` was accepted. Detail: `{ state }`, the whole state as in `state`.
 * @fires nabij-statement - An xAPI-shaped statement: `experienced` the lemma (shown), `completed` (read to the end: the card's last line, its source line, was on screen; once per lemma). See docs/statements.md.
 *
 * @attr src - URL of a JSON file with one lemma (see `dist/schema/lemma.json`). Wins over `lemma`.
 * @attr heading-level - Level of the card's title heading (2–6), so the card fits the outline of the page around it.
 * @attr timeout - Milliseconds to wait for `src` before showing a time-out error.
 * @attr statement-base - Base IRI of the activity ids in statements (`<base>/lemma/<id>`); else `<meta name="nabij-statement-base">`, else `urn:nabij`.
 * @prop {string} src - URL of a JSON file with one lemma (see `dist/schema/lemma.json`). Wins over `lemma`.
 * @prop {unknown} content - Lemma data as a JS object; wins over inline JSON, `src` and `lemma`.
 * @prop {number} headingLevel - Level of the card's title heading (2–6), so the card fits the outline of the page around it.
 * @prop {number} timeout - Milliseconds to wait for `src` before showing a time-out error.
 * @prop {object | undefined} actor - The learner as an xAPI actor, copied into every `nabij-statement`; without it statements carry no actor.
 */
export class LemmaCard extends NabijContentElement<Lemma> {
  static override styles = [sharedStyles, lemmaCardStyles];
  static override contentSource = lemmaSource;

  static override properties = {
    lemma: { reflect: true },
    variant: { reflect: true },
    hrefTemplate: { attribute: 'href-template' },
    caseHrefTemplate: { attribute: 'case-href-template' },
    _refusedState: { state: true },
    _cases: { state: true },
  };

  /** Id of a built-in lemma, for example `sociale-basis`. */
  lemma = '';

  /** `compact` shows summary and key concepts; `full` adds the argument, references and related lemmas. */
  variant: LemmaCardVariant = 'compact';

  /** Link pattern for related lemmas, with `{id}` as placeholder (`/lexicon/{id}`). Without it, links fire `nabij-navigate`. */
  hrefTemplate = '';

  /**
   * Link pattern for the cases on a built-in lemma (full variant), with `{id}` as placeholder (`/casussen/{id}`;
   * ids are `casus-1` … `casus-16`). Without it, each case is a button that fires `nabij-navigate` with
   * `kind: 'case'`, for the host to open the case (for example in a `<casus-viewer>`).
   */
  caseHrefTemplate = '';

  protected get builtinId(): string {
    return this.lemma;
  }

  /** Set when the reader moved to another built-in lemma inside this card, so focus follows to its title. */
  #focusTitleAfterLoad = false;

  /** The field of the last host state we refused, shown as an alert until one is accepted. */
  protected _refusedState?: string;
  /** The built-in cases that link a built-in lemma (loaded after it), with that lemma. */
  protected _cases?: [Lemma, readonly LemmaCaseLink[]];
  #completed = false;
  #pendingState?: string | object;
  #progress?: ProgressModule;
  #stopWatching?: () => void;

  /**
   * Whether the reader read this lemma to the end, as JSON-serialisable data for a host to keep
   * (`{ format: 'nabij-lemma-state', version: 1, lemma, completed }`). Setting it restores that once the lemma is
   * shown; a state for another lemma, or one that cannot be read, is refused with an alert in the card and
   * `nabij-error` (`code: 'invalid-state'`). Accepted states are confirmed with `nabij-change`.
   */
  get state(): LemmaHostState {
    return {
      format: 'nabij-lemma-state',
      version: 1,
      lemma: this.lemmaData?.id ?? this.lemma,
      completed: this.#completed,
    };
  }

  set state(value: LemmaHostState | string) {
    this.#pendingState = value;
    this.#applyPendingState();
  }

  /** The lemma shown now, or undefined while loading or in error. */
  get lemmaData(): Lemma | undefined {
    return this.readyContent;
  }

  protected renderContent(lemma: Lemma): TemplateResult {
    const refused = this._refusedState;
    return renderLemma(
      {
        t: (key) => this.t(key),
        lang: this.uiLang,
        refusedStateText:
          refused === undefined
            ? undefined
            : (this.#progress?.lemmaCardText(this, this.uiLang, 'stateRefused', { path: refused || '—' }) ?? ''),
        cases: this._cases?.[0] === lemma && this._cases[1],
        link: (kind, id, text, part) => this.#renderLink(kind, id, text, part),
      },
      lemma,
      this.titleLevel,
    );
  }

  /**
   * A link to another lemma or to a case. With `href-template` (lemmas) or `case-href-template` (cases) it is a
   * real link (the event still fires and may be cancelled for client-side routing); without it a button that
   * fires `nabij-navigate` and, for a built-in lemma nobody handled, shows that lemma in this card.
   */
  #renderLink(kind: 'lemma' | 'case', id: string, text: string, part?: string): TemplateResult {
    const template = kind === 'case' ? this.caseHrefTemplate : this.hrefTemplate;
    const href = template ? template.replaceAll('{id}', encodeURIComponent(id)) : undefined;
    const className = part ? 'target' : '';
    const onClick = (event: MouseEvent) => this.#navigate(event, kind, id, href);
    return href
      ? html`<a part=${part ?? nothing} class=${className} href=${href} @click=${onClick}>${text}</a>`
      : html`<button type="button" part=${part ?? nothing} class="link ${className}" @click=${onClick}>
          ${text}
        </button>`;
  }

  #navigate(event: MouseEvent, kind: 'lemma' | 'case', id: string, href?: string): void {
    const allowed = emit(this, 'nabij-navigate', { kind, id, href }, { cancelable: true });
    if (!allowed) {
      event.preventDefault();
      return;
    }
    if (kind === 'case') return;
    const state = this.contentState;
    if (href || state.status !== 'ready' || state.origin !== 'builtin') return;
    void isBuiltinLemma(id).then((builtin) => {
      if (!builtin) return;
      this.#focusTitleAfterLoad = true;
      this.lemma = id;
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#watchEnd(); // a card moved to another place in the page keeps watching
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopWatching?.();
    this.#stopWatching = undefined;
  }

  /** Applies a state the host set, once the lemma is shown and the progress module is here. */
  #applyPendingState(): void {
    const lemma = this.lemmaData;
    const progress = this.#progress;
    const input = this.#pendingState;
    if (!lemma || !progress || input === undefined) return;
    this.#pendingState = undefined;
    try {
      this.#completed = progress.lemmaStateFromJson(input, lemma.id).completed;
    } catch (error) {
      const detail = progress.stateErrorDetail(error);
      this._refusedState = detail.issues[0].path;
      emit(this, 'nabij-error', detail);
      return;
    }
    this._refusedState = undefined;
    emit(this, 'nabij-change', { state: this.state });
  }

  /** After a lemma is shown: load the progress module, take a pending state, watch for the end of the card. */
  async #trackReading(lemma: Lemma): Promise<void> {
    this.#stopWatching?.();
    this.#stopWatching = undefined;
    this.#completed = false;
    // Without the chunk (offline, blocked) the card still reads; only the progress is not reported.
    this.#progress ??= await import('./lemma-progress.js').catch(() => undefined);
    await this.updateComplete;
    if (this.lemmaData !== lemma) return; // another lemma arrived meanwhile; its own call takes over
    this.#applyPendingState();
    this.#watchEnd();
  }

  /** Watches the end of the lemma shown now, unless it was read already, is watched, or the card is off the page. */
  #watchEnd(): void {
    const lemma = this.lemmaData;
    const end = this.renderRoot?.querySelector('[part="attribution"]');
    if (!lemma || !end || !this.#progress || this.#completed || this.#stopWatching || !this.isConnected) return;
    this.#stopWatching = this.#progress.watchEnd(end, () => {
      this.#stopWatching = undefined;
      if (this.#completed || this.lemmaData !== lemma) return;
      this.#completed = true;
      this.statement('completed', ['lemma', lemma.id], {
        name: lemma.title,
        lang: lemma.lang,
        result: { completion: true },
      });
      emit(this, 'nabij-change', { state: this.state });
    });
  }

  /** The built-in cases on a built-in lemma; publisher content has none. Offline or blocked, the card reads without them. */
  #loadCases(lemma: Lemma, builtin: boolean): void {
    this._cases = undefined;
    if (builtin)
      void loadLemmaCases(lemma.id).then(
        (cases) => {
          this._cases = [lemma, cases];
        },
        () => undefined,
      );
  }

  protected override contentReady(lemma: Lemma, origin: ContentOrigin): void {
    this.#loadCases(lemma, origin === 'builtin');
    void this.#trackReading(lemma);
    if (this.#focusTitleAfterLoad) {
      this.#focusTitleAfterLoad = false;
      this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
    }
  }
}

/** Registers `<lemma-card>` (or `<prefix-lemma-card>`); safe to call more than once. */
export const define = elementDefiner('lemma-card', LemmaCard);

declare global {
  interface HTMLElementTagNameMap {
    'lemma-card': LemmaCard;
  }
}
