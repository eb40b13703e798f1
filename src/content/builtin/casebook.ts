import { loadFrom } from './lookup.js';

/** The casebook loader table is itself loaded on demand, so an element's code does not grow with the dataset. */
const table = () => import('../../generated/casebook-index.js').then((module) => module.modules);

export function isBuiltinCasebook(id: string): Promise<boolean> {
  return table().then((modules) => Object.hasOwn(modules, id));
}

export function loadBuiltinCasebook(id: string): Promise<unknown> {
  return table().then((modules) => loadFrom(modules, id));
}
