import { loadFrom } from './lookup.js';

/** The lemma loader table is itself loaded on demand, so an element's code does not grow with the dataset. */
const table = () => import('../../generated/lemma-index.js').then((module) => module.modules);

export function isBuiltinLemma(id: string): Promise<boolean> {
  return table().then((modules) => Object.hasOwn(modules, id));
}

export function loadBuiltinLemma(id: string): Promise<unknown> {
  return table().then((modules) => loadFrom(modules, id));
}
