import { loadFrom } from './lookup.js';

/** The search module of a built-in lexicon (titles, authors, clusters, concepts and summaries). */
export function loadBuiltinLexiconSearch(id: string): Promise<unknown> {
  return import('../../generated/search-index.js').then((table) => loadFrom(table.modules, id));
}

/** The glossary of a built-in lexicon (every key concept and named term, with the lemmas that explain it). */
export function loadBuiltinGlossary(id: string): Promise<unknown> {
  return import('../../generated/glossary-index.js').then((table) => loadFrom(table.modules, id));
}
