/**
 * The texts of a content error in either UI language, without any rendering: the error report's alert and
 * console line use them, and so does the content build (which must not pull in Lit). It sits beside the
 * translations rather than in core/ so the shared core chunk does not carry the texts of an error it may never
 * meet: only the error report (a lazy chunk) imports it in the browser.
 */
import type { ContentError, ContentErrorCode } from '../content/errors.js';
import { format, type UiLang } from '../core/i18n.js';
import { messages as en } from './en/errors.js';
import { messages as nl, type ErrorMessageKey } from './nl/errors.js';

/** One error-report text in `lang`; an unknown key (a validator's new message) is shown as it is. */
export function errorMessage(lang: UiLang, key: string, params?: Record<string, string | number>): string {
  const table = lang === 'en' ? en : nl;
  return format(key in table ? table[key as ErrorMessageKey] : key, params);
}

/** The error's lines in one language: used for the visible alert and for the console. */
export function describeContentError(error: ContentError, lang: UiLang): string[] {
  if (error.code === 'invalid-content') {
    return error.issues.map((issue) => `${issue.path}: ${errorMessage(lang, issue.key, issue.params)}`);
  }
  const key: ErrorMessageKey | ContentErrorCode =
    error.code === 'fetch-failed' && !error.params?.detail ? 'fetch-network' : error.code;
  return [errorMessage(lang, key, error.params)];
}
