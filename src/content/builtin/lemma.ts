/**
 * The lemma loaders, generated from the descriptor (src/content/types/lemma.ts) into src/generated/lemma-index.ts. This
 * file keeps the path elements and hosts import them from; new code may import src/content/builtin.js.
 */
export { isBuiltinLemma, loadBuiltinLemma } from '../../generated/lemma-index.js';
