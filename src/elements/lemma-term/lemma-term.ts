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
/** Delay before hover opens and mouse-out closes, so passing the pointer over a term does nothing. */
const HOVER_DELAY_MS = 300;
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

/**
 * A word in running text that explains itself: hover, focus or tap shows a short explanation and a link to
 * the full lemma, in a popover (the Popover API's top layer, so no container clips it; placed with CSS anchor
 * positioning where the browser has it, else by script, always inside the viewport). Escape closes it, and so
 * does moving focus away; it never traps focus. In print the explanation follows the word as a note.
 *
 * `lemma="publieke-ruimte"` explains a lemma; `term="beleefde onoplettendheid"` a glossary term.
 *
 * @tagname lemma-term
 * @summary An inline term with a popover explanation and a link to its lemma.
 *
 * @slot - The word or words in the running text.
 *
 * @csspart trigger - The word itself (a button).
 * @csspart popover - The explanation.
 * @csspart note - The explanation as printed.
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

  protected _explanation?: Explanation;
  protected _failed = false;

  #openTimer?: ReturnType<typeof setTimeout>;
  #closeTimer?: ReturnType<typeof setTimeout>;
  #loadedFor = '';

  #t(key: TermMessageKey, params?: Record<string, string | number>): string {
    return termText(this, this.uiLang, key, params);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#openTimer);
    clearTimeout(this.#closeTimer);
    window.removeEventListener('scroll', this.#place, true);
    window.removeEventListener('resize', this.#place);
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
        @focus=${() => this.show()}
        @keydown=${this.#onKeydown}
        @mouseenter=${this.#hoverIn}
        @mouseleave=${this.#hoverOut}
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
        @mouseenter=${this.#hoverIn}
        @mouseleave=${this.#hoverOut}
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

  /** Shows the explanation (does nothing if it is open). */
  show(): void {
    clearTimeout(this.#closeTimer);
    const popover = this.#popover;
    if (!popover || this.open) return;
    popover.showPopover();
    this.#place();
    window.addEventListener('scroll', this.#place, true);
    window.addEventListener('resize', this.#place);
    this.requestUpdate();
  }

  /** Hides the explanation. */
  hide(): void {
    clearTimeout(this.#openTimer);
    const popover = this.#popover;
    if (!popover || !this.open) return;
    popover.hidePopover();
    window.removeEventListener('scroll', this.#place, true);
    window.removeEventListener('resize', this.#place);
    this.requestUpdate();
  }

  #toggle = (): void => (this.open ? this.hide() : this.show());

  #hoverIn = (): void => {
    clearTimeout(this.#closeTimer);
    this.#openTimer = setTimeout(() => this.show(), HOVER_DELAY_MS);
  };

  #hoverOut = (): void => {
    clearTimeout(this.#openTimer);
    // Stay open while focus is inside (a keyboard user reading the link), else close after a pause.
    if (!this.matches(':focus-within')) this.#closeTimer = setTimeout(() => this.hide(), HOVER_DELAY_MS);
  };

  #onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.open) return;
    event.stopPropagation();
    this.hide();
    this.renderRoot.querySelector<HTMLElement>('.trigger')?.focus();
  };

  /** Focus leaving the term and its popover closes it; Tab simply moves on (no trap). */
  #onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (next && (this.renderRoot.contains(next) || this.contains(next))) return;
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
