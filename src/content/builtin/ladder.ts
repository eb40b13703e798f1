import { loadFrom } from './lookup.js';

/** The ladder loader table is itself loaded on demand, so an element's code does not grow with the dataset. */
const table = () => import('../../generated/ladder-index.js').then((module) => module.modules);

export function isBuiltinLadder(id: string): Promise<boolean> {
  return table().then((modules) => Object.hasOwn(modules, id));
}

export function loadBuiltinLadder(id: string): Promise<unknown> {
  return table().then((modules) => loadFrom(modules, id));
}
