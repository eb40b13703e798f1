import { html, type TemplateResult } from 'lit';
import type { ContentError } from '../content/errors.js';
import type { UiLang } from './i18n.js';

type ErrorReport = typeof import('./error-report.js');

let report: ErrorReport | undefined;
let loading: Promise<unknown> | undefined;

/** Loads the error report (messages, alert, console line) once; resolves even if the chunk cannot load. */
export function loadErrorReport(): Promise<unknown> {
  loading ??= import('./error-report.js').then(
    (module) => (report = module),
    () => undefined,
  );
  return loading;
}

/** The alert for an error; a bare alert with the error code if the report's chunk could not be loaded. */
export function renderError(error: ContentError, lang: UiLang): TemplateResult {
  return report
    ? report.renderContentError(error, lang)
    : html`<p class="nabij-error" role="alert" part="error">Nabij: ${error.code}</p>`;
}

export function logErrorOnce(element: HTMLElement, error: ContentError): void {
  if (report) report.logContentErrorOnce(element, error);
  else console.warn(`[nabij] <${element.localName}>: ${error.code}`, element);
}
