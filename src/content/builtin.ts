/** Every built-in content type in one place, for the package's main entry and the content tests. */
import { modules as caseModules } from '../generated/case-index.js';
import { modules as lemmaModules } from '../generated/lemma-index.js';

export * from './builtin/lemma.js';
export * from './builtin/lexicon.js';
export * from './builtin/ladder.js';
export * from './builtin/case.js';
export * from './builtin/casebook.js';
export * from './builtin/search.js';

/** Ids of the built-in lemmas, in the book's order. */
export const builtinLemmaIds: readonly string[] = Object.keys(lemmaModules);

/** Ids of the built-in cases (`casus-1` … `casus-16`). */
export const builtinCaseIds: readonly string[] = Object.keys(caseModules);
