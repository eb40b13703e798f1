/**
 * The texts of a content error in either UI language, without any rendering: the error report's alert and
 * console line use them, and so does the content build (which must not pull in Lit).
 */
import type { ContentError, ContentErrorCode } from '../content/errors.js';
import { messages as en } from '../i18n/en/errors.js';
import { messages as nl, type ErrorMessageKey } from '../i18n/nl/errors.js';
import { format, type UiLang } from './i18n.js';

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
