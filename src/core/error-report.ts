/**
 * Everything needed to report a content error: the messages in both UI languages, the visible alert and the
 * console line. Loaded only when an element meets an error, so valid content does not pay for it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ContentError, ContentErrorCode } from '../content/errors.js';
import type { ContentOrigin } from './events.js';
import { format, type UiLang } from './i18n.js';

const nl = {
  title: 'Deze inhoud kan niet worden getoond',
  help: 'De rest van de pagina werkt gewoon. Meld dit aan de beheerder van deze pagina.',
  origin: 'Bron van de inhoud',
  property: 'eigenschap content',
  inline: 'JSON in de pagina',
  src: 'adres (src)',
  builtin: 'ingebouwde inhoud',
  'no-content': 'Geen inhoud opgegeven. Gebruik het attribuut lemma of src, of zet JSON in het element.',
  'not-found': 'Er is geen ingebouwde inhoud met de id “{id}”.',
  'invalid-json': 'De JSON kan niet worden gelezen: {detail}',
  'fetch-failed': 'Het adres gaf een fout: {detail}',
  'fetch-network': 'Het adres kon niet worden opgehaald.',
  timeout: 'Het adres gaf binnen {seconds} seconden geen antwoord.',
  'expected-received': '{expected} verwacht, {received} gevonden',
  more: 'en nog {count} andere fouten',
  'expected.slug': 'een id van kleine letters, cijfers en koppeltekens (bijvoorbeeld sociale-basis)',
  'expected.safe-url': 'een http(s)-, mailto- of relatief adres',
  'expected.lang': 'een taalcode zoals nl of en',
  'expected.non-empty': 'een niet-lege tekst',
  'expected.version': 'een versienummer zoals 1.0.0',
  'expected.at-least-one': 'minstens één item',
  'expected.required': 'dit verplichte veld ontbreekt',
  'expected.at-least-two': 'minstens twee items',
};

type ErrorMessageKey = keyof typeof nl;

const en: Record<ErrorMessageKey, string> = {
  title: 'This content cannot be shown',
  help: 'The rest of the page still works. Please tell the person who maintains this page.',
  origin: 'Content came from',
  property: 'content property',
  inline: 'JSON in the page',
  src: 'address (src)',
  builtin: 'built-in content',
  'no-content': 'No content given. Use the lemma or src attribute, or put JSON inside the element.',
  'not-found': 'There is no built-in content with the id “{id}”.',
  'invalid-json': 'The JSON cannot be read: {detail}',
  'fetch-failed': 'The address returned an error: {detail}',
  'fetch-network': 'The address could not be fetched.',
  timeout: 'The address did not answer within {seconds} seconds.',
  'expected-received': 'expected {expected}, found {received}',
  more: 'and {count} more errors',
  'expected.slug': 'an id of lowercase letters, digits and hyphens (for example sociale-basis)',
  'expected.safe-url': 'an http(s), mailto or relative address',
  'expected.lang': 'a language code such as nl or en',
  'expected.non-empty': 'a non-empty text',
  'expected.version': 'a version number such as 1.0.0',
  'expected.at-least-one': 'at least one item',
  'expected.required': 'this required field is missing',
  'expected.at-least-two': 'at least two items',
};

const MAX_LISTED_ISSUES = 8;

function message(lang: UiLang, key: string, params?: Record<string, string | number>): string {
  const table = lang === 'en' ? en : nl;
  return format(key in table ? table[key as ErrorMessageKey] : key, params);
}

/** The error's lines in one language: used for the visible alert and for the console. */
export function describeContentError(error: ContentError, lang: UiLang): string[] {
  if (error.code === 'invalid-content') {
    return error.issues.map((issue) => `${issue.path}: ${message(lang, issue.key, issue.params)}`);
  }
  const key: ErrorMessageKey | ContentErrorCode =
    error.code === 'fetch-failed' && !error.params?.detail ? 'fetch-network' : error.code;
  return [message(lang, key, error.params)];
}

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
