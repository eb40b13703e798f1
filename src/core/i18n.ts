/**
 * UI strings: Dutch (default, always in the bundle) and English (its own small chunk, loaded the first time an
 * element resolves to English). Content is never translated here: a content item carries its own `lang`.
 * Error messages live with the error report (`error-report.ts`), which is loaded only when an error occurs.
 */
const nl = {
  loading: 'Bezig met laden…',
  by: 'Door',
  cluster: 'Cluster',
  clusterEditorial: 'indeling door de redactie van Nabij',
  keyConcepts: 'Kernbegrippen',
  argument: 'De lijn van het betoog',
  references: 'Literatuur',
  related: 'Verwante lemma’s',
  source: 'Bron',
  sourceEditors: 'red.',
  summaryNote: 'Samenvatting in eigen woorden door Nabij.',
  lemmaLabel: 'Lemma',
};

export type MessageKey = keyof typeof nl;
export type Messages = Record<MessageKey, string>;
export type UiLang = 'nl' | 'en';
export const DEFAULT_LANG: UiLang = 'nl';

const packs: Partial<Record<UiLang, Messages>> = { nl };
let englishPack: Promise<void> | undefined;

/** Starts loading a language's strings if they are not here yet; resolves when they are. */
export function ensureUiLang(lang: UiLang): Promise<void> | undefined {
  if (packs[lang]) return undefined;
  englishPack ??= import('./i18n-en.js').then((module) => {
    packs.en = module.en;
  });
  return englishPack;
}

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
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A UI string in `lang`, or in Dutch while the language's strings are still loading. */
export function translate(lang: UiLang, key: MessageKey, params?: Record<string, string | number>): string {
  return format((packs[lang] ?? nl)[key], params);
}

/** "A, B en C" in the UI language, for author lists. */
export function joinNames(lang: UiLang, names: readonly string[]): string {
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(names);
}
