/**
 * What an index and its search load of a built-in lexicon: the list at once, the texts search looks in on the
 * first search, and the glossary. The loaders are generated from the descriptors (src/content/types/); this
 * module joins the list and the texts.
 */
import type { LexiconSearch, SearchTexts } from '../schema.js';
import { loadBuiltinLexiconList } from '../../generated/search-index.js';
import { loadBuiltinSearchTexts as loadTexts } from '../../generated/search-texts-index.js';

export { loadBuiltinLexiconList };
export { loadBuiltinGlossary } from '../../generated/glossary-index.js';
export type { SearchTexts };

/** The texts search looks in (concept terms and plain summaries) of a built-in lexicon, per lemma. */
export function loadBuiltinSearchTexts(id: string): Promise<SearchTexts | undefined> {
  return loadTexts(id) as Promise<SearchTexts | undefined>;
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
