import { html, nothing, type TemplateResult } from 'lit';
import { lexiconListSource } from '../../generated/lexicon-search-source.js';
import {
  loadBuiltinLexiconFrontMatter,
  loadBuiltinLexiconList,
  loadBuiltinSearchTexts,
  withSearchTexts,
} from '../../content/builtin/search.js';
import type { Lexicon, LexiconSearch } from '../../content/schema.js';
import { emit } from '../../core/events.js';
import { elementDefiner } from '../../core/define.js';
import { NabijContentElement } from '../../core/nabij-content-element.js';
import type { ContentSource } from '../../content/source.js';
import { disclosureStyles } from '../../core/disclosure.js';
import { indexStyles } from '../../shared/index.styles.js';
import { sharedStyles } from '../../core/shared.styles.js';
import { heading } from '../../core/templates.js';
import { lemmaIndexText, type LemmaIndexMessageKey } from '../../i18n/nl/lemma-index.js';
import { lemmaIndexStyles } from './lemma-index.styles.js';
import { renderAbout, renderAlphabetical, renderList, type ListView } from './lemma-list.js';
import type { LemmaHit, LemmaRecord, LexiconSearchIndex } from './search.js';

const DEFAULT_LEXICON = 'nabijheid-en-sociaal-werk';

/** Front matter of the built-in lexicons loaded so far, by id: the "about" disclosure (static data, shared). */
const frontMatter = new Map<string, Lexicon | undefined>();

/**
 * A built-in lexicon's list, with its front matter loaded alongside, so the "about" disclosure is there in the
 * first render instead of pushing the list down when it arrives.
 */
const lexiconSource: ContentSource<LexiconSearch> = {
  ...lexiconListSource,
  load: (id) =>
    Promise.all([loadBuiltinLexiconList(id), loadBuiltinLexiconFrontMatter(id).catch(() => undefined)]).then(
      ([list, lexicon]) => {
        frontMatter.set(id, lexicon as Lexicon | undefined);
        return list;
      },
    ),
};

/**
 * The lexicon to browse and search: by cluster, A–Z, and with instant search over titles, authors, key
 * concepts and summaries (case- and accent-insensitive, prefix and light typo matching, ranked, with the
 * matched words highlighted). Choosing a lemma follows `href-template`, or fires `nabij-navigate`; when nobody
 * handles that, the `<lemma-card>` opens in place. The query, cluster and open lemma live in the URL hash
 * (unless `url-state="off"`), so the back button and shared links work.
 *
 * @tagname lemma-index
 * @summary Browse and search the lexicon *Nabijheid en sociaal werk* (or a publisher's own, up to thousands of entries).
 *
 * @csspart index - The outer wrapper.
 * @csspart search - The search field.
 * @csspart results - The list of lemmas.
 * @csspart result - Each lemma in the list.
 * @csspart status - The loading message.
 * @csspart error - The error message shown instead of invalid content.
 *
 * @cssprop [--nabij-lemma-index-loading-block-size=100svh] - Room kept while the content loads, so the page does not jump; `0` turns it off.
 * @cssprop [--nabij-lemma-index-accent-color=#0b4f8a] - Links and highlights; falls back to `--basis-color-accent-1-color-document`.
 * @cssprop [--nabij-lemma-index-border-color=#767676] - Borders; falls back to `--basis-color-default-border-default`.
 * @cssprop [--nabij-lemma-index-highlight-background-color=#fff0a8] - Background of highlighted matches.
 *
 * @fires nabij-navigate - A lemma was chosen. Cancelable. Detail: `{ kind: 'lemma', id, href }`.
 * @fires nabij-load - The lexicon was loaded. Detail: `{ id, origin }`.
 * @fires nabij-statement - An xAPI-shaped `experienced` statement about the lexicon (`<base>/lexicon/<id>`) when it is shown; the lemma cards it opens make their own. See docs/statements.md.
 * @fires nabij-error - The lexicon could not be loaded or is invalid. Detail: `{ code, origin, issues, params }`.
 *
 * @attr src - URL of a lexicon search file of your own (see `dist/schema/lexicon-search.json`).
 * @attr heading-level - Level of the index heading (2–6).
 * @attr timeout - Milliseconds to wait for `src`.
 * @attr statement-base - Base IRI of the activity ids in statements (`<base>/lexicon/<id>`), passed on to the lemma cards it opens; else `<meta name="nabij-statement-base">`, else `urn:nabij`.
 * @prop {string} src - URL of a lexicon search file of your own (see `dist/schema/lexicon-search.json`).
 * @prop {unknown} content - Lexicon search data as a JS object (for example a publisher's own 1,000-entry lexicon).
 * @prop {number} headingLevel - Level of the index heading (2–6).
 * @prop {number} timeout - Milliseconds to wait for `src`.
 * @prop {object | undefined} actor - The learner as an xAPI actor, copied into every `nabij-statement` (also of the lemma cards it opens); without it statements carry no actor.
 */
export class LemmaIndex extends NabijContentElement<LexiconSearch> {
  static override styles = [sharedStyles, disclosureStyles, indexStyles, lemmaIndexStyles];
  static override contentSource = lexiconSource;

  static override properties = {
    lexicon: { reflect: true },
    hrefTemplate: { attribute: 'href-template' },
    urlState: { attribute: 'url-state' },
    _query: { state: true },
    _cluster: { state: true },
    _opened: { state: true },
    _index: { state: true },
    _aboutOpen: { state: true },
  };

  /** Id of a built-in lexicon. */
  lexicon = DEFAULT_LEXICON;

  /** Link pattern for lemmas, with `{id}` as placeholder. Without it, built-in lemmas open in place. */
  hrefTemplate = '';

  /** `hash` (default) keeps query, cluster and open lemma in the URL hash; `off` leaves the URL alone. */
  urlState: 'hash' | 'off' = 'hash';

  protected _query = '';
  protected _cluster = '';
  protected _opened = '';
  protected _index?: LexiconSearchIndex;
  protected _aboutOpen = false;

  protected get builtinId(): string {
    return this.lexicon;
  }

  #onHashChange = () => this.#readHash();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
    this.#readHash();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  /** The lemmas that match the query and cluster now: ranked hits when searching, else all, A–Z. */
  get results(): LemmaHit[] {
    const data = this.#data;
    if (!data) return [];
    const inCluster = (lemma: LemmaRecord) => !this._cluster || lemma.cluster?.id === this._cluster;
    if (this._query.trim()) {
      return this._index ? this._index.search(this._query).filter((hit) => inCluster(hit.lemma)) : [];
    }
    return data.lemmas
      .filter(inCluster)
      .sort((a, b) => a.title.localeCompare(b.title, 'nl'))
      .map((lemma) => ({ lemma, score: 0, terms: [] }));
  }

  get #data(): LexiconSearch | undefined {
    return this.readyContent;
  }

  #t(key: LemmaIndexMessageKey, params?: Record<string, string | number>): string {
    return lemmaIndexText(this, this.uiLang, key, params);
  }

  /** What the result list in lemma-list.ts reads. */
  get #listView(): ListView {
    return {
      t: (key, params) => this.#t(key, params),
      hrefTemplate: this.hrefTemplate,
      choose: (event, id, href) => this.#choose(event, id, href),
    };
  }

  protected override get loadingText(): string {
    return this.#t('loading');
  }

  protected renderContent(data: LexiconSearch): TemplateResult {
    return this._opened ? this.#renderOpened() : this.#renderIndex(data);
  }

  #renderIndex(data: LexiconSearch): TemplateResult {
    const level = this.titleLevel;
    const clusters = [
      ...new Map(
        data.lemmas.flatMap((lemma) => (lemma.cluster ? [[lemma.cluster.id, lemma.cluster.name]] : [])),
      ).entries(),
    ];
    const results = this.results;
    const searching = Boolean(this._query.trim());
    const status =
      searching && !this._index
        ? this.#t('searching')
        : results.length === 0
          ? this.#t('none')
          : this.#t(searching ? 'results' : 'all', { count: results.length });
    return html`<div part="index" lang=${data.lang}>
      ${heading(level, html`${this.#t('index')}: ${data.title}`, 'title')} ${this.#renderAbout(level)}
      <div class="controls" data-screen-only>
        <label for="search">${this.#t('search')}</label>
        <input
          id="search"
          part="search"
          type="search"
          autocomplete="off"
          aria-controls="results"
          .value=${this._query}
          @focus=${() => void this.#ensureIndex()}
          @input=${(event: Event) => this.#setQuery((event.target as HTMLInputElement).value)}
        />
        ${
          clusters.length
            ? html`<label for="cluster">${this.#t('cluster')}</label>
                <select
                  id="cluster"
                  @change=${(event: Event) => this.#setCluster((event.target as HTMLSelectElement).value)}
                >
                  <option value="" ?selected=${!this._cluster}>${this.#t('allClusters')}</option>
                  ${clusters.map(([id, name]) => html`<option value=${id} ?selected=${this._cluster === id}>${name}</option>`)}
                </select>`
            : nothing
        }
      </div>
      <p role="status" aria-live="polite" class="muted">${status}</p>
      ${searching ? renderList(this.#listView, results, level + 1, true) : renderAlphabetical(this.#listView, results, level)}
    </div>`;
  }

  /** The lexicon's foreword, introduction and four kinds of proximity: a disclosure on screen, open in print. */
  #renderAbout(level: number): TemplateResult | typeof nothing {
    const state = this.contentState;
    const about = state.status === 'ready' && state.origin === 'builtin' ? frontMatter.get(state.value.id) : undefined;
    return renderAbout(this.#listView, about, level, this._aboutOpen, () => (this._aboutOpen = !this._aboutOpen));
  }

  #renderOpened(): TemplateResult {
    return html`<div part="index">
      <button type="button" class="back" data-screen-only @click=${() => this.#close()}>← ${this.#t('back')}</button>
      <lemma-card
        lemma=${this._opened}
        statement-base=${this.getAttribute('statement-base') ?? nothing}
        .actor=${this.actor}
        variant="full"
        heading-level=${this.titleLevel}
      ></lemma-card>
    </div>`;
  }

  // ——— state and the URL hash ———

  #setQuery(query: string): void {
    this._query = query;
    if (query.trim()) void this.#ensureIndex();
    this.#writeHash(false);
  }

  #setCluster(cluster: string): void {
    this._cluster = cluster;
    this.#writeHash(false);
  }

  /** The content an index is being built for, so focus and typing do not start a second build. */
  #indexing?: LexiconSearch;

  /**
   * Loads the search library (and a built-in lexicon's search texts) and builds the index: when the search
   * field gets focus or a query arrives, so the list shows without them and the first keystroke rarely waits.
   */
  async #ensureIndex(): Promise<void> {
    const state = this.contentState;
    if (this._index || state.status !== 'ready' || this.#indexing === state.value) return;
    const data = state.value;
    this.#indexing = data;
    // Without its texts (offline, say) search still covers titles and authors.
    const texts = state.origin === 'builtin' ? loadBuiltinSearchTexts(data.id).catch(() => undefined) : undefined;
    const [{ LexiconSearchIndex }, searchTexts] = await Promise.all([import('./search.js'), texts]);
    if (this.#data === data && !this._index) {
      this._index = new LexiconSearchIndex(withSearchTexts(data, searchTexts).lemmas);
    }
  }

  #choose(event: MouseEvent, id: string, href?: string): void {
    if (!emit(this, 'nabij-navigate', { kind: 'lemma', id, href }, { cancelable: true })) {
      event.preventDefault();
      return;
    }
    if (!href) void this.#open(id, true);
  }

  async #open(id: string, push: boolean): Promise<void> {
    await import('../lemma-card/define.js');
    const lastOpened = this._opened;
    this._opened = id;
    if (push) this.#writeHash(true);
    await this.updateComplete;
    if (lastOpened === id) return;
    const card = this.renderRoot.querySelector('lemma-card');
    card?.addEventListener('nabij-load', () => card.shadowRoot?.querySelector<HTMLElement>('#title')?.focus(), {
      once: true,
    });
  }

  async #close(): Promise<void> {
    const id = this._opened;
    this._opened = '';
    this.#writeHash(true);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-lemma="${id}"]`)?.focus();
  }

  /** Hash parameters, prefixed with the element id when it has one (several indexes on a page). */
  #key(name: string): string {
    return this.id ? `${this.id}-${name}` : name;
  }

  #readHash(): void {
    if (this.urlState === 'off') return;
    const params = new URLSearchParams(location.hash.slice(1));
    this._query = params.get(this.#key('zoek')) ?? '';
    this._cluster = params.get(this.#key('cluster')) ?? '';
    const lemma = params.get(this.#key('lemma')) ?? '';
    if (lemma && !this.hrefTemplate) void this.#open(lemma, false);
    else this._opened = '';
    if (this._query.trim()) void this.#ensureIndex();
  }

  /** Opening or closing a lemma adds a history entry (Back returns); typing replaces it (no entry per key). */
  #writeHash(push: boolean): void {
    if (this.urlState === 'off') return;
    const params = new URLSearchParams(location.hash.slice(1));
    const set = (name: string, value: string) =>
      value ? params.set(this.#key(name), value) : params.delete(this.#key(name));
    set('zoek', this._query);
    set('cluster', this._cluster);
    set('lemma', this._opened);
    const hash = params.toString();
    const url = `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  protected override contentReady(): void {
    this._index = undefined;
    this.#indexing = undefined;
    if (this._query.trim()) void this.#ensureIndex();
  }
}

/** Registers `<lemma-index>` (or `<prefix-lemma-index>`); safe to call more than once. */
export const define = elementDefiner('lemma-index', LemmaIndex);

declare global {
  interface HTMLElementTagNameMap {
    'lemma-index': LemmaIndex;
  }
}
