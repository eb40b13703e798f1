import { modules } from '../../generated/casebook-index.js';
import { loadFrom } from './lookup.js';

/** Ids of the built-in casebooks, in the order of their source. */
export const builtinCasebookIds: readonly string[] = Object.keys(modules);

export function isBuiltinCasebook(id: string): boolean {
  return Object.hasOwn(modules, id);
}

export function loadBuiltinCasebook(id: string): Promise<unknown> {
  return loadFrom(modules, id);
}
