import type { LexiconSearch } from '../schema.js';
import { loadFrom } from './lookup.js';

/** The texts search looks in, per lemma id (kept apart from the list, see LexiconSearchSchema). */
export type SearchTexts = Record<string, { concepts?: string[]; summary?: string }>;

/** A built-in lexicon's list: titles, authors and clusters, without the texts search looks in. */
export function loadBuiltinLexiconList(id: string): Promise<unknown> {
  return import('../../generated/search-index.js').then((table) => loadFrom(table.modules, id));
}

/** The texts search looks in (concept terms and plain summaries) of a built-in lexicon, per lemma. */
export function loadBuiltinSearchTexts(id: string): Promise<SearchTexts | undefined> {
  return import('../../generated/search-texts-index.js').then(
    (table) => loadFrom(table.modules, id) as Promise<SearchTexts | undefined>,
  );
}

/** The list with each lemma's search texts filled in. */
export function withSearchTexts(list: LexiconSearch, texts: SearchTexts | undefined): LexiconSearch {
  return { ...list, lemmas: list.lemmas.map((lemma) => ({ ...lemma, ...texts?.[lemma.id] })) };
}

/** The whole search data of a built-in lexicon: the list and its search texts. */
export function loadBuiltinLexiconSearch(id: string): Promise<unknown> {
  return Promise.all([loadBuiltinLexiconList(id), loadBuiltinSearchTexts(id)]).then(([list, texts]) =>
    list === undefined ? undefined : withSearchTexts(list as LexiconSearch, texts),
  );
}

/** The glossary of a built-in lexicon (every key concept and named term, with the lemmas that explain it). */
export function loadBuiltinGlossary(id: string): Promise<unknown> {
  return import('../../generated/glossary-index.js').then((table) => loadFrom(table.modules, id));
}
