/** Every built-in content type in one place, for the package's main entry and the content tests. */
export * from './builtin/lemma.js';
export * from './builtin/lexicon.js';
export * from './builtin/ladder.js';
export * from './builtin/case.js';
export * from './builtin/casebook.js';
