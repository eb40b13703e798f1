/**
 * The lexicon loaders, generated from the descriptor (src/content/types/lexicon.ts) into src/generated/lexicon-index.ts. This
 * file keeps the path elements and hosts import them from; new code may import src/content/builtin.js.
 */
// The table is its own chunk, imported on first use: an element's standalone file stays small, and the
// autoloader preloads the table beside the element (its chunk graph lists it), so the one-script path keeps two steps.
const table = () => import('../../generated/lexicon-index.js');

export const isBuiltinLexicon = (id: string): Promise<boolean> => table().then((module) => module.isBuiltinLexicon(id));
export const loadBuiltinLexicon = (id: string): Promise<unknown> => table().then((module) => module.loadBuiltinLexicon(id));
