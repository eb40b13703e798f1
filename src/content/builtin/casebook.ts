/**
 * The casebook loaders, generated from the descriptor (src/content/types/casebook.ts) into src/generated/casebook-index.ts. This
 * file keeps the path elements and hosts import them from; new code may import src/content/builtin.js.
 */
export { isBuiltinCasebook, loadBuiltinCasebook } from '../../generated/casebook-index.js';
