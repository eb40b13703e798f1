import { modules } from '../../generated/ladder-index.js';
import { loadFrom } from './lookup.js';

/** Ids of the built-in ladders, in the order of their source. */
export const builtinLadderIds: readonly string[] = Object.keys(modules);

export function isBuiltinLadder(id: string): boolean {
  return Object.hasOwn(modules, id);
}

export function loadBuiltinLadder(id: string): Promise<unknown> {
  return loadFrom(modules, id);
}
