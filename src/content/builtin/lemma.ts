import { modules } from '../../generated/lemma-index.js';
import { loadFrom } from './lookup.js';

/** Ids of the built-in lemmas, in the order of their source. */
export const builtinLemmaIds: readonly string[] = Object.keys(modules);

export function isBuiltinLemma(id: string): boolean {
  return Object.hasOwn(modules, id);
}

export function loadBuiltinLemma(id: string): Promise<unknown> {
  return loadFrom(modules, id);
}
