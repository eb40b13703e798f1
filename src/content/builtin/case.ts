/**
 * The case loaders, generated from the descriptor (src/content/types/case.ts) into src/generated/case-index.ts. This
 * file keeps the path elements and hosts import them from; new code may import src/content/builtin.js.
 */
// The table is its own chunk, imported on first use: an element's standalone file stays small, and the
// autoloader preloads the table beside the element (its chunk graph lists it), so the one-script path keeps two steps.
const table = () => import('../../generated/case-index.js');

export const isBuiltinCase = (id: string): Promise<boolean> => table().then((module) => module.isBuiltinCase(id));
export const loadBuiltinCase = (id: string): Promise<unknown> => table().then((module) => module.loadBuiltinCase(id));
