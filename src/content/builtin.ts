/**
 * Every built-in content type in one place, for the package's main entry and the content tests: each type's
 * `loadBuiltin<Name>`, `isBuiltin<Name>` and `builtin<Name>Ids`, generated from its descriptor
 * (src/content/types/), and the search helpers that join a lexicon's list and texts.
 */
export * from '../generated/builtin.js';
export {
  loadBuiltinGlossary,
  loadBuiltinLexiconList,
  loadBuiltinLexiconSearch,
  loadBuiltinSearchTexts,
  withSearchTexts,
  type SearchTexts,
} from './builtin/search.js';
export { loadLemmaCases, type LemmaCaseLink } from './builtin/lemma-cases.js';
