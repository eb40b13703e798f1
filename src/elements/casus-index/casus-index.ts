import { html, nothing, type TemplateResult } from 'lit';
import { casebookSource } from '../../generated/casebook-source.js';
import type { Casebook } from '../../content/schema.js';
import { emit } from '../../core/events.js';
import { elementDefiner } from '../../core/define.js';
import { NabijContentElement } from '../../core/nabij-content-element.js';
import { disclosure, disclosureStyles } from '../../core/disclosure.js';
import { casusStyles } from '../../shared/casus.styles.js';
import { indexStyles } from '../../shared/index.styles.js';
import { sharedStyles } from '../../core/shared.styles.js';
import { casusIndexStyles } from './casus-index.styles.js';
import { renderRichText } from '../../core/rich-text.js';
import { heading, renderReference } from '../../core/templates.js';
import { casusText, type CasusMessageKey } from '../../i18n/nl/casus.js';
import { foldText } from '../../core/text.js';

const DEFAULT_CASEBOOK = 'yin-en-yang-in-het-sociaal-domein';

type CaseEntry = Casebook['cases'][number];

/**
 * The cases of a casebook to browse: by part, by keyword (chips) and with a text filter over titles,
 * descriptions, actors and keywords. Choosing a case follows `href-template`, or fires `nabij-navigate`; when
 * no listener takes that over, the case opens in place in a `<casus-viewer>`, with a way back to the list.
 *
 * @tagname casus-index
 * @summary Browse the cases of *Yin en yang in het sociaal domein* by part, keyword and text.
 *
 * @csspart index - The outer wrapper.
 * @csspart filters - The text filter, part choice and keyword chips.
 * @csspart chip - Each keyword chip (a toggle button).
 * @csspart results - The list of cases.
 * @csspart entry - Each case in the list.
 * @csspart status - The loading message.
 * @csspart error - The error message shown instead of invalid content.
 *
 * @cssprop [--nabij-casus-loading-block-size=100svh] - Room kept while the content loads (shared with `<casus-viewer>`); `0` turns it off.
 * @cssprop [--nabij-casus-accent-color=#0b4f8a] - Chips, buttons and links (shared with `<casus-viewer>`).
 * @cssprop [--nabij-casus-border-color=#767676] - Borders of entries and fields.
 *
 * @fires nabij-navigate - A case was chosen. Cancelable: call `preventDefault()` to show it yourself. Detail: `{ kind: 'case', id, href }`.
 * @fires nabij-load - The casebook was loaded. Detail: `{ id, origin }`.
 * @fires nabij-statement - An xAPI-shaped `experienced` statement about the casebook (`<base>/casusbundel/<id>`) when it is shown; the cases it opens make their own. See docs/statements.md.
 * @fires nabij-error - The casebook could not be loaded or is invalid. Detail: `{ code, origin, issues, params }`.
 *
 * @attr src - URL of a JSON casebook index of your own (see `dist/schema/casebook.json`).
 * @attr heading-level - Level of the index heading (2–6).
 * @attr timeout - Milliseconds to wait for `src`.
 * @attr statement-base - Base IRI of the activity ids in statements (`<base>/casusbundel/<id>`), passed on to the cases it opens; else `<meta name="nabij-statement-base">`, else `urn:nabij`.
 * @prop {string} src - URL of a JSON casebook index of your own (see `dist/schema/casebook.json`).
 * @prop {unknown} content - Casebook data as a JS object.
 * @prop {number} headingLevel - Level of the index heading (2–6).
 * @prop {number} timeout - Milliseconds to wait for `src`.
 * @prop {object | undefined} actor - The learner as an xAPI actor, copied into every `nabij-statement` (also of the cases it opens); without it statements carry no actor.
 */
export class CasusIndex extends NabijContentElement<Casebook> {
  static override styles = [sharedStyles, disclosureStyles, casusStyles, indexStyles, casusIndexStyles];
  static override contentSource = casebookSource;

  static override properties = {
    casebook: { reflect: true },
    hrefTemplate: { attribute: 'href-template' },
    _query: { state: true },
    _part: { state: true },
    _keywords: { state: true },
    _opened: { state: true },
    _aboutOpen: { state: true },
  };

  /** Id of a built-in casebook. */
  casebook = DEFAULT_CASEBOOK;

  /** Link pattern for cases, with `{id}` as placeholder (`/casussen/{id}`). Without it, cases open in place. */
  hrefTemplate = '';

  protected _query = '';
  protected _part = '';
  protected _keywords: string[] = [];
  /** The case opened in place, if any. */
  protected _opened = '';
  protected _aboutOpen = false;

  protected get builtinId(): string {
    return this.casebook;
  }

  /** The cases that pass the current filters. */
  get visibleCases(): CaseEntry[] {
    const book = this.#book;
    if (!book) return [];
    const words = foldText(this._query).split(/\s+/).filter(Boolean);
    return book.cases.filter((entry) => {
      if (this._part && entry.part !== this._part) return false;
      const keywords = entry.keywords.map(foldText);
      if (!this._keywords.every((keyword) => keywords.includes(keyword))) return false;
      const haystack = foldText(
        [entry.title, entry.description, ...entry.actors, ...entry.keywords, `casus ${entry.number}`].join(' '),
      );
      return words.every((word) => haystack.includes(word));
    });
  }

  get #book(): Casebook | undefined {
    return this.readyContent;
  }

  #t(key: CasusMessageKey, params?: Record<string, string | number>): string {
    return casusText(this, this.uiLang, key, params);
  }

  protected override get loadingText(): string {
    return this.#t('loading');
  }

  protected renderContent(book: Casebook): TemplateResult {
    return this._opened ? this.#renderOpened() : this.#renderIndex(book);
  }

  #renderIndex(book: Casebook): TemplateResult {
    const level = this.titleLevel;
    const cases = this.visibleCases;
    const keywords = this.#allKeywords(book);
    const partName = new Map(book.parts.map((part) => [part.id, part]));
    return html`<div part="index" class="case" lang=${book.lang}>
      ${heading(level, html`${this.#t('index')}: ${book.title}`, 'title')}
      ${book.subtitle ? html`<p class="part">${book.subtitle}</p>` : nothing}
      <div class="summary">${renderRichText(book.summary, { lemmaRef: (_id, text) => html`${text}` })}</div>
      ${this.#renderAbout(book, level)}
      <div part="filters" class="filters" data-screen-only>
        <label class="field" for="query">${this.#t('filterText')}</label>
        <input
          id="query"
          type="search"
          .value=${this._query}
          @input=${(event: Event) => (this._query = (event.target as HTMLInputElement).value)}
        />
        <label class="field" for="part">${this.#t('filterParts')}</label>
        <select id="part" @change=${(event: Event) => (this._part = (event.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!this._part}>${this.#t('allParts')}</option>
          ${book.parts.map(
            (part) =>
              html`<option value=${part.id} ?selected=${this._part === part.id}>
                ${this.#t('part', { number: part.number, name: part.name })}
              </option>`,
          )}
        </select>
        <fieldset class="chips">
          <legend>${this.#t('filterKeywords')}</legend>
          ${keywords.map(
            ([folded, label]) =>
              html`<button
                type="button"
                part="chip"
                class="button chip"
                aria-pressed=${this._keywords.includes(folded) ? 'true' : 'false'}
                @click=${() => this.#toggleKeyword(folded)}
              >
                ${label}
              </button>`,
          )}
        </fieldset>
        ${
          this._query || this._part || this._keywords.length
            ? html`<button type="button" class="button button--quiet" @click=${this.#clearFilters}>
                ${this.#t('clearFilters')}
              </button>`
            : nothing
        }
      </div>
      ${this._part ? html`<p class="lead">${partName.get(this._part)?.intro ?? ''}</p>` : nothing}
      <p role="status" aria-live="polite" class="muted">
        ${cases.length ? this.#t('results', { count: cases.length, total: book.cases.length }) : this.#t('noResults')}
      </p>
      <ul part="results" class="results">
        ${cases.map((entry) => {
          const part = partName.get(entry.part);
          return html`<li part="entry" class="entry">
            ${heading(level + 1, this.#renderOpen(entry))}
            ${part ? html`<p class="part">${this.#t('part', { number: part.number, name: part.name })}</p>` : nothing}
            <p>${entry.description}</p>
            <p class="muted"><strong>${this.#t('actors')}:</strong> ${entry.actors.join(', ')}</p>
          </li>`;
        })}
      </ul>
    </div>`;
  }

  /** The book's framing (yin and yang, samenspel, how it was made, the reading guide): a disclosure, open in print. */
  #renderAbout(book: Casebook, level: number): TemplateResult | typeof nothing {
    if (!book.sections?.length) return nothing;
    return disclosure({
      id: 'about',
      open: this._aboutOpen,
      label: this.#t('about'),
      buttonClass: 'button button--quiet',
      onToggle: () => (this._aboutOpen = !this._aboutOpen),
      content: html`${book.sections.map(
        (section) =>
          html`${heading(level + 1, section.heading)}${renderRichText(section.text, {
            lemmaRef: (_id, text) => html`${text}`,
          })}`,
      )}
      ${
        book.references?.length
          ? html`${heading(level + 1, this.#t('literature'))}
              <ul>
                ${book.references.map((reference) => html`<li>${renderReference(reference)}</li>`)}
              </ul>`
          : nothing
      }`,
    });
  }

  #renderOpen(entry: CaseEntry): TemplateResult {
    const label = `${this.#t('caseLabel', { number: entry.number })}: ${entry.title}`;
    const href = this.hrefTemplate ? this.hrefTemplate.replaceAll('{id}', encodeURIComponent(entry.id)) : undefined;
    const onClick = (event: MouseEvent) => this.#choose(event, entry.id, href);
    return href
      ? html`<a href=${href} data-case=${entry.id} @click=${onClick}>${label}</a>`
      : html`<button type="button" class="open" data-case=${entry.id} @click=${onClick}>${label}</button>`;
  }

  #renderOpened(): TemplateResult {
    return html`<div part="index">
      <button type="button" class="button button--quiet back" @click=${this.#back}>← ${this.#t('back')}</button>
      <casus-viewer
        casus=${this._opened}
        heading-level=${this.titleLevel}
        statement-base=${this.getAttribute('statement-base') ?? nothing}
        .actor=${this.actor}
      ></casus-viewer>
    </div>`;
  }

  /**
   * Keywords shared by two or more cases, as [folded, label], most shared first: those are the ones that group
   * cases. A keyword of one case only is still found by the text filter.
   */
  #allKeywords(book: Casebook): [string, string][] {
    const found = new Map<string, { label: string; count: number }>();
    for (const entry of book.cases) {
      for (const keyword of new Set(entry.keywords)) {
        const key = foldText(keyword);
        const seen = found.get(key);
        found.set(key, { label: seen?.label ?? keyword, count: (seen?.count ?? 0) + 1 });
      }
    }
    return [...found]
      .filter(([, { count }]) => count > 1)
      .sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0], 'nl'))
      .map(([key, { label }]): [string, string] => [key, label]);
  }

  #toggleKeyword(folded: string): void {
    this._keywords = this._keywords.includes(folded)
      ? this._keywords.filter((keyword) => keyword !== folded)
      : [...this._keywords, folded];
  }

  #clearFilters = (): void => {
    this._query = '';
    this._part = '';
    this._keywords = [];
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#query')?.focus());
  };

  #choose(event: MouseEvent, id: string, href?: string): void {
    const allowed = emit(this, 'nabij-navigate', { kind: 'case', id, href }, { cancelable: true });
    if (!allowed) {
      event.preventDefault();
      return;
    }
    if (href) return;
    // Nobody routed it: open the case here. The viewer's code loads only now.
    void import('../casus-viewer/define.js').then(async () => {
      this._opened = id;
      await this.updateComplete;
      const viewer = this.renderRoot.querySelector('casus-viewer');
      viewer?.addEventListener('nabij-load', () => viewer.shadowRoot?.querySelector<HTMLElement>('#title')?.focus(), {
        once: true,
      });
    });
  }

  #back = async (): Promise<void> => {
    const id = this._opened;
    this._opened = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-case="${id}"]`)?.focus();
  };
}

/** Registers `<casus-index>` (or `<prefix-casus-index>`); safe to call more than once. */
export const define = elementDefiner('casus-index', CasusIndex);

declare global {
  interface HTMLElementTagNameMap {
    'casus-index': CasusIndex;
  }
}
