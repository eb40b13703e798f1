/**
 * The ladder loaders, generated from the descriptor (src/content/types/ladder.ts) into src/generated/ladder-index.ts. This
 * file keeps the path elements and hosts import them from; new code may import src/content/builtin.js.
 */
export { isBuiltinLadder, loadBuiltinLadder } from '../../generated/ladder-index.js';
