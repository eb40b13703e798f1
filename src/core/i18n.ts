/**
 * UI strings: one folder per language, `src/i18n/<lang>/<element>.ts`. Dutch is the default and always in the
 * bundle; English is its own small chunk per table, loaded the first time an element resolves to English. Content is never translated here: a content item carries its own `lang`.
 * Error messages live with the error report (`error-report.ts`), which is loaded only when an error occurs.
 */
import { messages as nl, type MessageKey } from '../i18n/nl/shared.js';

export type { MessageKey };

export type Messages = Record<MessageKey, string>;
export type UiLang = 'nl' | 'en';
export const DEFAULT_LANG: UiLang = 'nl';

type Params = Record<string, string | number>;

/**
 * A set of UI strings: Dutch in the bundle, English loaded the first time it is asked for. The returned
 * function gives the string in the asked language, or in Dutch for the moment the English chunk takes to
 * arrive, and asks the host to render again once it is there.
 */
export function messagePack<K extends string>(dutch: Record<K, string>, loadEnglish: () => Promise<Record<K, string>>) {
  let english: Record<K, string> | undefined;
  let loading: Promise<unknown> | undefined;
  return (host: { requestUpdate(): void }, lang: UiLang, key: K, params?: Params): string => {
    if (lang === 'en' && !english) {
      loading ??= loadEnglish().then((table) => (english = table));
      void loading.then(() => host.requestUpdate());
    }
    return format((lang === 'en' && english ? english : dutch)[key], params);
  };
}

const sharedPack = messagePack(nl, () => import('../i18n/en/shared.js').then((module) => module.messages));

/** Maps any BCP 47 tag to a UI language we have strings for (`en-GB` → `en`, `fy` → `nl`). */
export function toUiLang(tag: string | null | undefined): UiLang {
  return tag?.trim().toLowerCase().startsWith('en') ? 'en' : DEFAULT_LANG;
}

/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's (crossing shadow roots,
 * so an element inside another component follows its host), else `<html lang>`, else Dutch.
 */
export function resolveLang(element: Element): UiLang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return toUiLang(node.getAttribute('lang'));
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return DEFAULT_LANG;
}

/** Fills `{name}` placeholders in a message. */
export function format(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A shared UI string (see `messagePack`). */
export function translate(host: { requestUpdate(): void }, lang: UiLang, key: MessageKey, params?: Params): string {
  return sharedPack(host, lang, key, params);
}

/**
 * "A, B en C" in the UI language, for author lists. Written out for our two languages rather than with
 * Intl.ListFormat, whose first use in a page loads locale data and costs 13–38 ms in headless Chromium here,
 * most of a card's render time.
 */
export function joinNames(lang: UiLang, names: readonly string[]): string {
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${lang === 'en' ? 'and' : 'en'} ${names.at(-1)}`;
}
