import { LitElement } from 'lit';
import { resolveLang, translate, type MessageKey, type UiLang } from './i18n.js';
import type { StatementOptions, StatementVerb } from './statements.js';
import { VERSION } from './version.js';

/** Elements that follow `lang` changes anywhere above them; one shared observer serves them all. */
const langFollowers = new Set<NabijElement>();
let langObserver: MutationObserver | undefined;

function followLang(element: NabijElement): void {
  langFollowers.add(element);
  if (!langObserver) {
    langObserver = new MutationObserver(() => langFollowers.forEach((follower) => follower.requestUpdate()));
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

function unfollowLang(element: NabijElement): void {
  langFollowers.delete(element);
  if (langFollowers.size === 0) {
    langObserver?.disconnect();
    langObserver = undefined;
  }
}

/**
 * Base class of every Nabij element: carries the package version (for version-aware `define`), resolves the UI
 * language (element → ancestors → `<html>`) and re-renders when any of those `lang` attributes change.
 */
export class NabijElement extends LitElement {
  static readonly nabijVersion = VERSION;

  /**
   * The learner as an xAPI actor (`{ objectType: 'Agent', account: { homePage, name } }`), copied into every
   * `nabij-statement`. Without it statements carry no actor: Nabij does not know or guess who is reading.
   */
  declare actor?: object;

  /**
   * Dispatches a `nabij-statement` about `path` (`['casus', 'casus-1']`). The statement builder is its own
   * chunk, loaded on the first statement, so reading-only pages do not pay for it; statements keep their order.
   */
  protected statement(verb: StatementVerb, path: readonly (string | number)[], options?: StatementOptions): void {
    void import('./statements.js').then(
      (module) => module.emitStatement(this, verb, path, options),
      () => undefined, // a chunk that cannot load costs the host a statement, never the reader the element
    );
  }

  /** The UI language, resolved now (not cached: an ancestor's `lang` may change at any time). */
  protected get uiLang(): UiLang {
    return resolveLang(this);
  }

  /** A shared UI string; English strings are their own chunk, loaded (and re-rendered) on first use. */
  protected t(key: MessageKey, params?: Record<string, string | number>): string {
    return translate(this, this.uiLang, key, params);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    followLang(this);
    // A host may set `state` before the element is defined (the autoloader defines elements when they are
    // first used): the value then sits on the instance and hides the class's setter. Pass it through the setter.
    if (Object.prototype.hasOwnProperty.call(this, 'state')) {
      const { state } = this as { state?: unknown };
      delete (this as { state?: unknown }).state;
      (this as { state?: unknown }).state = state;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unfollowLang(this);
  }
}
