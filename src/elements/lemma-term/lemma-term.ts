import { html, nothing, type TemplateResult } from 'lit';
import { isBuiltinLemma, loadBuiltinLemma } from '../../generated/lemma-source.js';
import { loadBuiltinGlossary } from '../../content/builtin/glossary.js';
import type { Glossary, Lemma } from '../../content/schema.js';
import { elementDefiner } from '../../core/define.js';
import { emit } from '../../core/events.js';
import { NabijElement } from '../../core/nabij-element.js';
import { foldText } from '../../core/text.js';
import { richTextToPlain } from '../../core/rich-text.js';
import { sharedStyles } from '../../core/shared.styles.js';
import { lemmaTermStyles } from './lemma-term.styles.js';
import { termText, type TermMessageKey } from '../../i18n/nl/lemma-term.js';

const DEFAULT_LEXICON = 'nabijheid-en-sociaal-werk';
/** How long the bubble waits after the pointer left before it closes: time to cross the gap to its link. */
const LEAVE_GRACE_MS = 300;
/** Summaries are cut to about this many characters, at a sentence end where possible. */
const SHORT_LENGTH = 260;

interface Explanation {
  title: string;
  text: string;
  lemmas: { id: string; title: string }[];
}

/** The first sentences of a text up to about `SHORT_LENGTH` characters. */
function shorten(value: string): string {
  if (value.length <= SHORT_LENGTH) return value;
  const cut = value.slice(0, SHORT_LENGTH);
  const end = cut.lastIndexOf('. ');
  return end > 80 ? cut.slice(0, end + 1) : `${cut.trimEnd()}…`;
}

const anchorPositioning = typeof CSS !== 'undefined' && CSS.supports?.('anchor-name: --nabij-term');

/** The term whose explanation is open on this page: opening another closes it, so bubbles never stack. */
let openTerm: LemmaTerm | undefined;

/**
 * A word in running text that explains itself, as a toggletip: the word is a button (`aria-expanded`) that shows a
 * short explanation and a link to the full lemma in a bubble (the Popover API's top layer, so no container clips
 * it; placed with CSS anchor positioning where the browser has it, else by script, always inside the viewport).
 *
 * Enter, Space, a click or a tap open and close it; focus alone never does, so tabbing through a paragraph full of
 * terms opens nothing. When open, Tab goes on into the bubble's link and out again (no trap). Escape closes it and
 * puts focus back on the word; a click outside closes it too, and so does opening another term (one bubble at a
 * time). A mouse resting on the word opens it after `hover-delay` ms; it closes a moment after the pointer has left
 * both the word and the bubble, unless a click opened it. It fades in, unless the reader asked for reduced motion.
 * In print the explanation follows the word as a note.
 *
 * `lemma="publieke-ruimte"` explains a lemma; `term="beleefde onoplettendheid"` a glossary term.
 *
 * @tagname lemma-term
 * @summary An inline term with a popover explanation and a link to its lemma.
 *
 * @slot - The word or words in the running text.
 *
 * @csspart trigger - The word itself: a button with `aria-expanded`.
 * @csspart popover - The bubble with the explanation and the link to the lemma.
 * @csspart note - The explanation as printed (hidden on screen).
 *
 * @cssprop [--nabij-lemma-term-accent-color=#0b4f8a] - Underline and link colour; falls back to `--basis-color-accent-1-color-document`.
 * @cssprop [--nabij-lemma-term-popover-max-inline-size=22rem] - Width of the popover.
 *
 * @fires nabij-navigate - The reader followed the link to the lemma. Cancelable. Detail: `{ kind: 'lemma', id, href }`.
 */
export class LemmaTerm extends NabijElement {
  static override styles = [sharedStyles, lemmaTermStyles];

  static override properties = {
    lemma: { reflect: true },
    term: { reflect: true },
    lexicon: {},
    hrefTemplate: { attribute: 'href-template' },
    hoverDelay: { type: Number, attribute: 'hover-delay' },
    _explanation: { state: true },
    _failed: { state: true },
  };

  /** Id of the built-in lemma this word explains. */
  lemma = '';

  /** A glossary term (from the lexicon's key concepts and named terms) this word explains. */
  term = '';

  /** The lexicon whose glossary `term` is looked up in. */
  lexicon = DEFAULT_LEXICON;

  /** Link pattern for the lemma, with `{id}` (`/lexicon/{id}`). Without it the link fires `nabij-navigate` only. */
  hrefTemplate = '';

  /** Milliseconds the mouse rests on the word before the explanation opens; a pointer passing by opens nothing. */
  hoverDelay = 400;

  protected _explanation?: Explanation;
  protected _failed = false;

  #openTimer?: ReturnType<typeof setTimeout>;
  #closeTimer?: ReturnType<typeof setTimeout>;
  #loadedFor = '';
  /** Opened by a click, a key or `show()`: stays open when the pointer leaves. */
  #pinned = false;

  #t(key: TermMessageKey, params?: Record<string, string | number>): string {
    return termText(this, this.uiLang, key, params);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.hide();
  }

  /** A render while open (the explanation arriving, a language change) can change the popover's size. */
  protected override updated(): void {
    if (this.open) this.#place();
  }

  protected override willUpdate(): void {
    if (this.isConnected && `${this.lemma}|${this.term}|${this.lexicon}` !== this.#loadedFor) void this.#load();
  }

  /** Whether the explanation is open now. */
  get open(): boolean {
    return this.#popover?.matches(':popover-open') ?? false;
  }

  get #popover(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.popover');
  }

  protected override render(): TemplateResult {
    const explanation = this._explanation;
    return html`<button
        type="button"
        part="trigger"
        class="trigger"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="popover"
        @click=${this.#toggle}
        @keydown=${this.#onKeydown}
        @pointerenter=${this.#hoverIn}
        @pointerleave=${this.#hoverOut}
        @focusout=${this.#onFocusOut}
      >
        <slot></slot></button
      ><span
        id="popover"
        part="popover"
        class=${anchorPositioning ? 'popover anchored' : 'popover'}
        popover="manual"
        data-screen-only
        role="group"
        aria-label=${explanation?.title ?? this.term ?? this.lemma}
        @pointerenter=${this.#hoverIn}
        @pointerleave=${this.#hoverOut}
        @focusout=${this.#onFocusOut}
        @keydown=${this.#onKeydown}
        >${this.#renderExplanation()}</span
      >${explanation ? html`<span part="note" class="note"> (${this.#printNote(explanation)})</span>` : nothing}`;
  }

  /** The explanation as print shows it, with the lemmas that explain a glossary term (the links are gone). */
  #printNote(explanation: Explanation): string {
    if (!this.term) return `${this.#t('note')} ${explanation.title}: ${explanation.text}`;
    const lemmas = explanation.lemmas.map((lemma) => lemma.title).join(', ');
    return `${explanation.title}: ${explanation.text}${lemmas ? ` ${this.#t('explainedIn')}: ${lemmas}.` : ''}`;
  }

  #renderExplanation(): TemplateResult {
    const explanation = this._explanation;
    if (this._failed) return html`<p>${this.#t('unknown', { term: this.term || this.lemma })}</p>`;
    if (!explanation) return html`<p>${this.#t('loading')}</p>`;
    return html`<p><strong>${explanation.title}</strong></p>
      <p>${explanation.text}</p>
      ${
        explanation.lemmas.length
          ? html`<p>
              ${this.term ? html`${this.#t('explainedIn')}: ` : nothing}${explanation.lemmas.map(
                (lemma, index) => html`${index ? ', ' : ''}${this.#renderLink(lemma)}`,
              )}
            </p>`
          : nothing
      }`;
  }

  #renderLink(lemma: { id: string; title: string }): TemplateResult {
    const href = this.hrefTemplate ? this.hrefTemplate.replaceAll('{id}', encodeURIComponent(lemma.id)) : undefined;
    const label = this.term ? lemma.title : this.#t('readLemma', { title: lemma.title });
    return html`<a
      href=${href ?? `#lemma=${encodeURIComponent(lemma.id)}`}
      @click=${(event: MouseEvent) => {
        const allowed = emit(this, 'nabij-navigate', { kind: 'lemma', id: lemma.id, href }, { cancelable: true });
        if (!allowed || !href) event.preventDefault();
      }}
      >${label}</a
    >`;
  }

  /** Shows the explanation until the reader closes it (the pointer leaving does not). */
  show(): void {
    this.#pinned = true;
    this.#reveal();
  }

  /** Hides the explanation. */
  hide(): void {
    clearTimeout(this.#openTimer);
    clearTimeout(this.#closeTimer);
    this.#pinned = false;
    if (openTerm === this) openTerm = undefined;
    // Also when the bubble is already gone (the browser closes it when the element leaves the page).
    this.#listen(false);
    if (this.open) this.#popover?.hidePopover();
    this.requestUpdate();
  }

  #reveal(): void {
    clearTimeout(this.#openTimer);
    clearTimeout(this.#closeTimer);
    const popover = this.#popover;
    if (!popover || this.open) return;
    if (openTerm !== this) openTerm?.hide();
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the page's record of its open term, not an alias
    openTerm = this;
    popover.showPopover();
    this.#place();
    this.#listen(true);
    this.requestUpdate();
  }

  /** What the open bubble listens to outside itself: the viewport moving, a click elsewhere, Escape anywhere. */
  #listen(on: boolean): void {
    const method = on ? 'addEventListener' : 'removeEventListener';
    window[method]('scroll', this.#place, true);
    window[method]('resize', this.#place);
    document[method]('click', this.#onOutsideClick);
    document[method]('keydown', this.#onOutsideKeydown);
  }

  /** A click, Enter or Space: opens and pins it; on a pinned bubble, closes it. On one the mouse opened, it pins it. */
  #toggle = (): void => (this.open && this.#pinned ? this.hide() : this.show());

  /** Touch has no hover: a tap is a click, and the emulated pointer events must not start a timer. */
  #hoverIn = (event: PointerEvent): void => {
    if (event.pointerType === 'touch') return;
    clearTimeout(this.#closeTimer);
    if (!this.open) this.#openTimer = setTimeout(() => this.#reveal(), this.hoverDelay);
  };

  #hoverOut = (event: PointerEvent): void => {
    if (event.pointerType === 'touch') return;
    clearTimeout(this.#openTimer);
    // A grace period, so the pointer can cross from the word to the link; a pinned bubble or one with focus in it
    // (a keyboard user reading the link) stays.
    if (this.open && !this.#pinned && !this.#popover?.matches(':focus-within')) {
      this.#closeTimer = setTimeout(() => this.hide(), LEAVE_GRACE_MS);
    }
  };

  #onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.open) return;
    // Handled here, so a dialog around the text does not close as well.
    event.stopPropagation();
    this.hide();
    this.renderRoot.querySelector<HTMLElement>('.trigger')?.focus();
  };

  /** Escape with focus elsewhere (a bubble the mouse opened) still closes it, without moving focus. */
  #onOutsideKeydown = (event: Event): void => {
    if ((event as KeyboardEvent).key === 'Escape') this.hide();
  };

  #onOutsideClick = (event: Event): void => {
    if (!event.composedPath().includes(this)) this.hide();
  };

  /**
   * Focus moving on to something outside the term and its bubble closes it (Tab past the link). Focus going
   * nowhere (a click on the bubble's text, the window losing focus) does not: a click outside is handled apart.
   */
  #onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (!next || this.renderRoot.contains(next) || this.contains(next)) return;
    this.hide();
  };

  /** Without CSS anchor positioning: below the word (above if there is no room), inside the viewport. */
  #place = (): void => {
    const popover = this.#popover;
    const trigger = this.renderRoot.querySelector<HTMLElement>('.trigger');
    if (anchorPositioning || !popover || !trigger || !this.open) return;
    const anchor = trigger.getBoundingClientRect();
    // Measure at the viewport's start edge: measured where it last stood (or at its static place beside a word at
    // the right edge) the popover shrinks to the little room left of that edge and comes out narrow and very tall.
    popover.style.top = '0px';
    popover.style.left = '0px';
    const box = popover.getBoundingClientRect();
    const gap = 4;
    const margin = 8;
    const below = anchor.bottom + gap;
    const fitsBelow = below + box.height <= innerHeight - margin;
    const top = fitsBelow || anchor.top - gap - box.height < margin ? below : anchor.top - gap - box.height;
    const left = Math.min(Math.max(margin, anchor.left), Math.max(margin, innerWidth - box.width - margin));
    // Set through the CSSOM, which a strict style-src allows (a style attribute it would not).
    // Fits neither below nor above (a short or zoomed viewport): as low as the viewport allows; the popover's
    // max-block-size keeps it on screen and scrolls its text.
    popover.style.top = `${Math.max(margin, Math.min(top, innerHeight - margin - box.height))}px`;
    popover.style.left = `${left}px`;
  };

  async #load(): Promise<void> {
    const key = `${this.lemma}|${this.term}|${this.lexicon}`;
    this.#loadedFor = key;
    this._failed = false;
    try {
      const explanation = this.term ? await this.#fromGlossary() : await this.#fromLemma();
      if (this.#loadedFor !== key) return;
      this._explanation = explanation;
      this._failed = !explanation;
    } catch {
      if (this.#loadedFor === key) this._failed = true;
    }
  }

  async #fromLemma(): Promise<Explanation | undefined> {
    if (!this.lemma || !(await isBuiltinLemma(this.lemma))) return undefined;
    const lemma = (await loadBuiltinLemma(this.lemma)) as Lemma;
    return {
      title: lemma.title,
      text: shorten(richTextToPlain(lemma.summary).replace(/\s+/g, ' ')),
      lemmas: [{ id: lemma.id, title: lemma.title }],
    };
  }

  async #fromGlossary(): Promise<Explanation | undefined> {
    const glossary = (await loadBuiltinGlossary(this.lexicon)) as Glossary | undefined;
    if (!glossary) return undefined;
    const entry = glossary.terms.find((candidate) => foldText(candidate.term.trim()) === foldText(this.term.trim()));
    return entry && { title: entry.term, text: entry.explanation, lemmas: entry.lemmas };
  }
}

/** Registers `<lemma-term>` (or `<prefix-lemma-term>`); safe to call more than once. */
export const define = elementDefiner('lemma-term', LemmaTerm);

declare global {
  interface HTMLElementTagNameMap {
    'lemma-term': LemmaTerm;
  }
}
