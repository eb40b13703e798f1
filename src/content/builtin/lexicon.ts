/**
 * The lexicon loaders, generated from the descriptor (src/content/types/lexicon.ts) into src/generated/lexicon-index.ts. This
 * file keeps the path elements and hosts import them from; new code may import src/content/builtin.js.
 */
export { isBuiltinLexicon, loadBuiltinLexicon } from '../../generated/lexicon-index.js';
