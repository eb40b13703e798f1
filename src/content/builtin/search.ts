/**
 * What an index and its search load of a built-in lexicon: the list at once, the texts search looks in on the
 * first search, and the glossary. The loaders are generated from the descriptors (src/content/types/); this
 * module joins the list and the texts.
 */
import type { LexiconSearch, SearchTexts } from '../schema.js';
import { modules as lexiconModules } from '../../generated/lexicon-index.js';
import { modules as listModules } from '../../generated/search-index.js';
import { modules as textModules } from '../../generated/search-texts-index.js';
import { loadFrom } from './lookup.js';

export { loadBuiltinGlossary } from './glossary.js';
export type { SearchTexts };

// The tables are static imports here: <lemma-index> is their only element, so they travel in its own chunk and
// its first items are one request after it.

/** A built-in lexicon's list: each lemma's title, authors and cluster. */
export const loadBuiltinLexiconList = (id: string): Promise<unknown> => loadFrom(listModules, id);

/** A built-in lexicon's front matter (foreword, introduction, its lemmas in book order). */
export const loadBuiltinLexiconFrontMatter = (id: string): Promise<unknown> => loadFrom(lexiconModules, id);

/** The texts search looks in (concept terms and plain summaries) of a built-in lexicon, per lemma. */
export function loadBuiltinSearchTexts(id: string): Promise<SearchTexts | undefined> {
  return loadFrom(textModules, id) as Promise<SearchTexts | undefined>;
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
