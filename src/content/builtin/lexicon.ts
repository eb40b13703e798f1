import { modules } from '../../generated/lexicon-index.js';
import { loadFrom } from './lookup.js';

/** Ids of the built-in lexicons, in the order of their source. */
export const builtinLexiconIds: readonly string[] = Object.keys(modules);

export function isBuiltinLexicon(id: string): boolean {
  return Object.hasOwn(modules, id);
}

export function loadBuiltinLexicon(id: string): Promise<unknown> {
  return loadFrom(modules, id);
}
