/**
 * The visible report of a content error: the alert and the console line. Loaded only when an element meets an
 * error, so valid content does not pay for it. The texts are in i18n/error-messages.ts (no Lit: the build uses them).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ContentError, ContentOrigin } from '../content/errors.js';
import { describeContentError, errorMessage as message } from '../i18n/error-messages.js';
import type { UiLang } from './i18n.js';

/** Kept here too for importers of the old path (the content build). */
export { describeContentError };

const MAX_LISTED_ISSUES = 8;

/**
 * The error state every element shows instead of its content: an alert with what is wrong and where (field
 * paths), so an editor can fix it, while the rest of the page goes on working.
 */
export function renderContentError(error: ContentError, lang: UiLang): TemplateResult {
  const lines = describeContentError(error, lang);
  const shown = lines.slice(0, MAX_LISTED_ISSUES);
  const hidden = lines.length - shown.length;
  const origin: ContentOrigin | undefined = error.origin;
  return html`<div class="nabij-error" role="alert" part="error">
    <p><strong>${message(lang, 'title')}</strong></p>
    <ul class="nabij-error__issues">
      ${shown.map((line) => html`<li>${line}</li>`)}
      ${hidden > 0 ? html`<li>${message(lang, 'more', { count: hidden })}</li>` : nothing}
    </ul>
    ${origin ? html`<p>${message(lang, 'origin')}: ${message(lang, origin)}</p>` : nothing}
    <p>${message(lang, 'help')}</p>
  </div>`;
}

const logged = new WeakMap<object, string>();

/** Logs an element's error to the console once (not again on every re-render of the same error). */
export function logContentErrorOnce(element: HTMLElement, error: ContentError): void {
  const key = JSON.stringify(error);
  if (logged.get(element) === key) return;
  logged.set(element, key);
  console.warn(`[nabij] <${element.localName}>: ${describeContentError(error, 'en').join('; ')}`, element);
}
