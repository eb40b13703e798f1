import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ContentError, ContentErrorCode, ContentOrigin } from '../content/errors.js';
import type { ValidationResult } from '../content/validate.js';
import { loadErrorReport, renderError } from './error-view.js';
import type { UiLang } from './i18n.js';

/** What the host element currently asks for, read fresh before every update. */
export interface ContentRequest {
  /** Content set as a JS property: wins over everything else. */
  property?: unknown;
  /** `src` attribute: a URL to fetch JSON from. */
  src?: string | null;
  /** Built-in dataset id (`lemma="sociale-basis"`). */
  builtinId?: string | null;
  /** Milliseconds before a `src` fetch is given up. */
  timeoutMs: number;
}

export type LoadState<T> =
  | { status: 'idle' }
  | { status: 'loading'; origin: ContentOrigin }
  | { status: 'ready'; value: T; origin: ContentOrigin }
  | { status: 'error'; error: ContentError };

export interface ContentLoaderOptions<T> {
  request: () => ContentRequest;
  /** Validates publisher content; may load the validator first. Built-in items skip it (checked at build time). */
  validate: (input: unknown) => Promise<ValidationResult<T>>;
  /** Resolves to the item's data, or undefined when the dataset has no such id. */
  loadBuiltin: (id: string) => Promise<unknown>;
  /** Called once the new state is rendered (`ready` or `error`), so the host can fire its events. */
  onSettled: (state: LoadState<T>) => void;
}

interface RequestKey {
  property: unknown;
  inline: string | null;
  src: string;
  builtinId: string;
}

const INLINE_SELECTOR = ':scope > script[type="application/json"]';

function failure<T>(
  code: ContentErrorCode,
  origin?: ContentOrigin,
  params?: ContentError['params'],
  issues: ContentError['issues'] = [],
): LoadState<T> {
  return { status: 'error', error: { code, origin, issues, params } };
}

/**
 * Loads, parses and validates an element's content from the first source present, in this order:
 * JS property → inline `<script type="application/json">` child → `src` URL → built-in dataset id.
 *
 * It re-reads the request before each host update and reloads only when it changed, aborts a fetch when the
 * element leaves the page (and reloads when it comes back), ignores answers that arrive after a newer request,
 * and watches the element's children so an inline script added later (by a framework, or after the parser
 * upgraded the element early) is picked up. Private members use `#names`, which the minifier can shorten.
 */
export class ContentController<T> implements ReactiveController {
  state: LoadState<T> = { status: 'idle' };

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: ContentLoaderOptions<T>;
  #last?: RequestKey;
  #inflight?: AbortController;
  #generation = 0;
  #childObserver?: MutationObserver;
  #stopWaitingForParser?: () => void;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ContentLoaderOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#childObserver = new MutationObserver(() => this.#host.requestUpdate());
    this.#childObserver.observe(this.#host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.#childObserver?.disconnect();
    this.#childObserver = undefined;
    this.#cancelWaiting();
    if (this.#inflight) {
      // Abort and forget the request, so that re-attaching the element loads it again.
      this.#inflight.abort();
      this.#inflight = undefined;
      this.#last = undefined;
      this.#generation++;
    }
  }

  /** While loading, the host says so to assistive technology (`aria-busy`). */
  hostUpdated(): void {
    // aria-busy is a true/false attribute: an empty value counts as false, so it must say "true".
    if (this.state.status === 'loading') this.#host.setAttribute('aria-busy', 'true');
    else this.#host.removeAttribute('aria-busy');
  }

  /**
   * What every element renders for its content: the error report, the loading message, or — once the content
   * is valid — whatever `ready` makes of it.
   */
  render(lang: UiLang, loadingText: string, ready: (value: T) => TemplateResult): TemplateResult {
    const state = this.state;
    if (state.status === 'error') return renderError(state.error, lang);
    if (state.status !== 'ready') return html`<p class="nabij-status" part="status" role="status">${loadingText}</p>`;
    return ready(state.value);
  }

  hostUpdate(): void {
    const request = this.#options.request();
    const next: RequestKey = {
      property: request.property,
      inline: this.#host.querySelector(INLINE_SELECTOR)?.textContent ?? null,
      src: request.src ?? '',
      builtinId: request.builtinId ?? '',
    };
    const last = this.#last;
    if (
      last &&
      last.property === next.property &&
      last.inline === next.inline &&
      last.src === next.src &&
      last.builtinId === next.builtinId
    ) {
      return;
    }
    this.#last = next;
    this.#start(next, request.timeoutMs);
  }

  #start(next: RequestKey, timeoutMs: number): void {
    this.#inflight?.abort();
    this.#inflight = undefined;
    this.#cancelWaiting();
    const generation = ++this.#generation;

    if (next.property != null) {
      this.state = { status: 'loading', origin: 'property' };
      void this.#accept(next.property, 'property', generation);
    } else if (next.inline !== null) {
      this.state = { status: 'loading', origin: 'inline' };
      this.#acceptJson(next.inline, 'inline', generation);
    } else if (next.src) {
      this.state = { status: 'loading', origin: 'src' };
      void this.#fetch(next.src, timeoutMs, generation);
    } else if (next.builtinId) {
      this.state = { status: 'loading', origin: 'builtin' };
      void this.#loadBuiltin(next.builtinId, generation);
    } else if (document.readyState === 'loading') {
      // The parser may still be adding our inline JSON child: decide once the document is parsed.
      this.state = { status: 'idle' };
      const onParsed = () => {
        this.#stopWaitingForParser = undefined;
        this.#last = undefined;
        this.#host.requestUpdate();
      };
      document.addEventListener('DOMContentLoaded', onParsed, { once: true });
      this.#stopWaitingForParser = () => document.removeEventListener('DOMContentLoaded', onParsed);
    } else {
      this.#settle(failure('no-content'));
    }
  }

  #cancelWaiting(): void {
    this.#stopWaitingForParser?.();
    this.#stopWaitingForParser = undefined;
  }

  async #fetch(src: string, timeoutMs: number, generation: number): Promise<void> {
    const abort = new AbortController();
    this.#inflight = abort;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, timeoutMs);
    try {
      const response = await fetch(new URL(src, document.baseURI), {
        signal: abort.signal,
        headers: { Accept: 'application/json' },
      });
      const text = await response.text();
      if (generation !== this.#generation) return;
      if (response.ok) this.#acceptJson(text, 'src', generation);
      else this.#settle(failure('fetch-failed', 'src', { detail: `${response.status} ${response.statusText}`.trim() }));
    } catch {
      // An abort because the element left the page or the request changed is not an error to show.
      if (generation === this.#generation && (timedOut || !abort.signal.aborted)) {
        this.#settle(
          timedOut
            ? failure('timeout', 'src', { seconds: Math.round(timeoutMs / 100) / 10 })
            : failure('fetch-failed', 'src'),
        );
      }
    } finally {
      clearTimeout(timer);
      if (this.#inflight === abort) this.#inflight = undefined;
    }
  }

  async #loadBuiltin(id: string, generation: number): Promise<void> {
    let data: unknown;
    try {
      data = await this.#options.loadBuiltin(id);
    } catch {
      data = null; // the chunk failed to load (offline, CDN error)
    }
    if (generation !== this.#generation) return;
    if (data === undefined) this.#settle(failure('not-found', 'builtin', { id }));
    else if (data === null) this.#settle(failure('fetch-failed', 'builtin'));
    else this.#show({ status: 'ready', value: data as T, origin: 'builtin' });
  }

  #acceptJson(text: string, origin: ContentOrigin, generation: number): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      this.#settle(failure('invalid-json', origin, { detail: (error as Error).message }));
      return;
    }
    void this.#accept(parsed, origin, generation);
  }

  async #accept(input: unknown, origin: ContentOrigin, generation: number): Promise<void> {
    let result: ValidationResult<T>;
    try {
      result = await this.#options.validate(input);
    } catch {
      // The validator's chunk failed to load: say so rather than show unchecked content.
      if (generation === this.#generation) this.#settle(failure('fetch-failed', origin));
      return;
    }
    if (generation !== this.#generation) return;
    this.#settle(
      result.ok
        ? { status: 'ready', value: result.value, origin }
        : failure('invalid-content', origin, undefined, result.issues),
    );
  }

  #settle(state: LoadState<T>): void {
    if (state.status !== 'error') {
      this.#show(state);
      return;
    }
    // The error report is its own chunk: show the error once it is here, unless a newer request took over.
    const generation = this.#generation;
    void loadErrorReport().then(() => generation === this.#generation && this.#show(state));
  }

  #show(state: LoadState<T>): void {
    this.state = state;
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => {
      if (this.state === state) this.#options.onSettled(state);
    });
  }
}
