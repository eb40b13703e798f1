/**
 * The lemma loaders, generated from the descriptor (src/content/types/lemma.ts) into src/generated/lemma-index.ts. This
 * file keeps the path elements and hosts import them from; new code may import src/content/builtin.js.
 */
// The table is its own chunk, imported on first use: an element's standalone file stays small, and the
// autoloader preloads the table beside the element (its chunk graph lists it), so the one-script path keeps two steps.
const table = () => import('../../generated/lemma-index.js');

export const isBuiltinLemma = (id: string): Promise<boolean> => table().then((module) => module.isBuiltinLemma(id));
export const loadBuiltinLemma = (id: string): Promise<unknown> => table().then((module) => module.loadBuiltinLemma(id));
