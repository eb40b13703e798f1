/**
 * The case loaders, generated from the descriptor (src/content/types/case.ts) into src/generated/case-index.ts. This
 * file keeps the path elements and hosts import them from; new code may import src/content/builtin.js.
 */
export { isBuiltinCase, loadBuiltinCase } from '../../generated/case-index.js';
