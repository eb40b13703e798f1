import { modules } from '../../generated/case-index.js';
import { loadFrom } from './lookup.js';

/** Ids of the built-in cases, in the order of their source. */
export const builtinCaseIds: readonly string[] = Object.keys(modules);

export function isBuiltinCase(id: string): boolean {
  return Object.hasOwn(modules, id);
}

export function loadBuiltinCase(id: string): Promise<unknown> {
  return loadFrom(modules, id);
}
