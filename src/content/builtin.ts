/**
 * Access to the built-in dataset. Each item is its own module (generated from content/ by
 * `scripts/build-content.ts`), imported only when an element asks for it: a page that shows one lemma
 * downloads that lemma and nothing else of the lexicon.
 */
import { ladderModules, lemmaModules, lexiconModules } from '../generated/content-index.js';

type ModuleLoader = () => Promise<{ default: unknown }>;

function loadFrom(table: Record<string, ModuleLoader>, id: string): Promise<unknown> {
  const load = Object.hasOwn(table, id) ? table[id] : undefined;
  return load ? load().then((module) => module.default) : Promise.resolve(undefined);
}

/** Ids of the built-in lemmas, in the book's order. */
export const builtinLemmaIds: readonly string[] = Object.keys(lemmaModules);

export function isBuiltinLemma(id: string): boolean {
  return Object.hasOwn(lemmaModules, id);
}

export function loadBuiltinLemma(id: string): Promise<unknown> {
  return loadFrom(lemmaModules, id);
}

export function loadBuiltinLexicon(id: string): Promise<unknown> {
  return loadFrom(lexiconModules, id);
}

export function loadBuiltinLadder(id: string): Promise<unknown> {
  return loadFrom(ladderModules, id);
}
