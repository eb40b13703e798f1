import { html, nothing, type TemplateResult } from 'lit';
import type { Reference, Source } from '../content/schema.js';
import { joinNames, type UiLang } from './i18n.js';

/** Editors beyond this number are shortened to "e.a." in a source line. */
const MAX_EDITORS_SHOWN = 3;

/** Heading levels a host may ask for: 2–6 (the page owns its h1). */
export function clampHeadingLevel(level: number): number {
  return Number.isFinite(level) ? Math.min(6, Math.max(2, Math.round(level))) : 2;
}

/**
 * A heading of the given level (levels past 6 become 6). Written out per level because Lit binds
 * content, not tag names, and static templates would cost more than these five cases.
 * Headings with an id can take focus from script (not from Tab), so focus can follow navigation and reveals.
 */
export function heading(level: number, content: unknown, id?: string): TemplateResult {
  const idAttr = id ?? nothing;
  // Headings with an id are targets that focus moves to (after navigation or a reveal), so script may focus them.
  const tabindex = id ? '-1' : nothing;
  const part = id === 'title' ? 'title' : nothing;
  switch (Math.min(level, 6)) {
    case 2:
      return html`<h2 id=${idAttr} part=${part} tabindex=${tabindex}>${content}</h2>`;
    case 3:
      return html`<h3 id=${idAttr} part=${part} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 id=${idAttr} part=${part} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 id=${idAttr} part=${part} tabindex=${tabindex}>${content}</h5>`;
    default:
      return html`<h6 id=${idAttr} part=${part} tabindex=${tabindex}>${content}</h6>`;
  }
}

const names = (list: readonly string[]) =>
  list.length > 1 ? `${list.slice(0, -1).join(', ')} & ${list.at(-1)}` : list[0];

/**
 * APA-like: "Kremer, Van Parijs & Verplanke (2019). Title. Publisher." — only the parts the source gives;
 * editors get "(red.)", and a work with neither starts with its title.
 */
export function renderReference(reference: Reference): TemplateResult {
  const makers = reference.authors?.length
    ? names(reference.authors)
    : reference.editors?.length
      ? `${names(reference.editors)} (red.)`
      : '';
  const year = reference.year ? `(${reference.year})` : '';
  const lead = [makers, year].filter(Boolean).join(' ');
  return html`${lead ? `${lead}. ` : ''}${reference.title ? html`<cite>${reference.title}</cite>. ` : nothing}${
    reference.journal ? `${reference.journal}. ` : ''
  }${reference.publisher ? `${reference.publisher}. ` : ''}${reference.note ? `${reference.note} ` : ''}${
    reference.url ? html`<a href=${reference.url}>${reference.url}</a>` : nothing
  }`;
}

/** Words the attribution line needs, in the element's language. */
/** The attribution's words, looked up in the element's own messages (each element's table has these keys). */
export type AttributionText = (key: 'source' | 'sourceEditors' | 'summaryNote') => string;

/** "Bron: Lemma X, *Publicatie* (red. A, B, C e.a., c. 2022). Samenvatting in eigen woorden door Nabij. CC BY 4.0." */
export function renderAttribution(source: Source, lang: UiLang, t: AttributionText): TemplateResult {
  const editors = source.editors?.length
    ? source.editors.length > MAX_EDITORS_SHOWN
      ? `${source.editors.slice(0, MAX_EDITORS_SHOWN).join(', ')} e.a.`
      : joinNames(lang, source.editors)
    : '';
  const madeBy = [editors && `${t('sourceEditors')} ${editors}`, source.publisher, source.year]
    .filter(Boolean)
    .join(', ');
  return html`${t('source')}: ${source.locator}, <cite>${source.publication}</cite>${madeBy ? ` (${madeBy})` : ''}.
    ${source.url ? html`<a href=${source.url}>${source.url}</a>` : nothing}
    ${source.licence ? `${t('summaryNote')} ${source.licence}.` : nothing}`;
}
