import type { PropertyDeclarations, TemplateResult } from 'lit';
import type { ContentOrigin } from '../content/errors.js';
import type { ContentSource } from '../content/source.js';
import { ContentController, type LoadState } from './content-controller.js';
import { logErrorOnce } from './error-view.js';
import { emit } from './events.js';
import { NabijElement } from './nabij-element.js';
import { clampHeadingLevel } from './templates.js';

/** What every content item has that the base reports on: its id, and a title and language for statements. */
export interface ContentItem {
  id: string;
  title: string;
  lang: string;
}

/**
 * Base of every element that shows one content item (a lemma, a ladder, a case, a casebook, a lexicon). It owns
 * what they share: the content sources (`content` property → inline `<script type="application/json">` → `src`
 * → the built-in id), `timeout`, `heading-level`, the loading and error states, the `nabij-load` and
 * `nabij-error` events and the `experienced` statement once an item is shown. A subclass says only what differs:
 * its content source (`static contentSource`), its built-in id, and how a ready item renders.
 */
export abstract class NabijContentElement<T extends ContentItem> extends NabijElement {
  /*
   * Reactive properties are declared in `static properties` rather than with decorators: TypeScript's
   * standard-decorator helpers would add about 0.6 kB gzip to every element bundle. Lit merges a subclass's
   * `properties` with these.
   */
  static override properties: PropertyDeclarations = {
    src: {},
    content: { attribute: false },
    headingLevel: { attribute: 'heading-level', type: Number },
    timeout: { type: Number },
  };

  /** URL of a JSON file with the item (see the schemas in `dist/schema/`). Wins over the built-in id. */
  src = '';

  /** The item as a JS object; wins over inline JSON, `src` and the built-in id. */
  content: unknown = undefined;

  /** Level of the element's title heading (2–6), so it fits the outline of the page around it. */
  headingLevel = 2;

  /** Milliseconds to wait for `src` before showing a time-out error. */
  timeout = 10_000;

  readonly #loader = new ContentController<T>(this, {
    request: () => ({ property: this.content, src: this.src, builtinId: this.builtinId, timeoutMs: this.timeout }),
    validate: (input) => this.#source.validate(input),
    loadBuiltin: (id) => this.#source.load(id),
    onSettled: (state) => this.#settled(state),
  });

  /**
   * The element's content type: how its built-in items load, how publisher content is validated and how its
   * statements name an item. Generated per type from its descriptor (`src/generated/<type>-source.ts`).
   */
  declare static contentSource: ContentSource<ContentItem>;

  get #source(): ContentSource<T> {
    return (this.constructor as typeof NabijContentElement).contentSource as ContentSource<T>;
  }

  /** The built-in item asked for (`lemma="sociale-basis"`), or '' for none. */
  protected abstract get builtinId(): string;

  /** The element's view of a ready, valid item. */
  protected abstract renderContent(item: T): TemplateResult;

  /** Called when a new item is ready and rendered, before `nabij-load`: the place to reset per-item state. */
  protected contentReady(_item: T, _origin: ContentOrigin): void {}

  /** The text shown while the content loads. */
  protected get loadingText(): string {
    return this.t('loading');
  }

  /** Where the content stands: idle, loading, ready (with the item and its origin) or error. */
  protected get contentState(): LoadState<T> {
    return this.#loader.state;
  }

  /** The item shown now, or undefined while loading or in error. */
  protected get readyContent(): T | undefined {
    const state = this.#loader.state;
    return state.status === 'ready' ? state.value : undefined;
  }

  /** `heading-level` within 2–6. */
  protected get titleLevel(): number {
    return clampHeadingLevel(this.headingLevel);
  }

  protected override render(): TemplateResult {
    return this.#loader.render(this.uiLang, this.loadingText, (item) => this.renderContent(item));
  }

  #settled(state: LoadState<T>): void {
    if (state.status === 'ready') {
      const item = state.value;
      this.contentReady(item, state.origin);
      this.statement('experienced', [this.#source.activity, item.id], { name: item.title, lang: item.lang });
      emit(this, 'nabij-load', { id: item.id, origin: state.origin });
    } else if (state.status === 'error') {
      logErrorOnce(this, state.error);
      emit(this, 'nabij-error', state.error);
    }
  }
}
