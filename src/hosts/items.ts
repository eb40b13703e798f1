/**
 * Which attribute of an element names a built-in item, and which items there are: the embed-code builder,
 * the oEmbed files and the export command offer these. An element that shows built-in items registers here
 * (one line); elements without items (or with one default item) can still be embedded with their attributes.
 */
import { loadBuiltinCase } from '../generated/case-source.js';
import { loadBuiltinCasebook } from '../generated/casebook-source.js';
import { loadBuiltinLadder } from '../generated/ladder-source.js';
import { loadBuiltinLemma } from '../generated/lemma-source.js';
import { loadBuiltinLexicon } from '../generated/lexicon-source.js';
import { modules as caseModules } from '../generated/case-index.js';
import { modules as casebookModules } from '../generated/casebook-index.js';
import { modules as ladderModules } from '../generated/ladder-index.js';
import { modules as lemmaModules } from '../generated/lemma-index.js';
import { modules as lexiconModules } from '../generated/lexicon-index.js';

export interface ItemSlot {
  /** The attribute that takes the item's id. */
  attribute: string;
  /** Ids of the built-in items, in the source's order. */
  ids: readonly string[];
  /** Loads an item (its `title` names it in an iframe's title attribute and in oEmbed). */
  load: (id: string) => Promise<unknown>;
}

const slot = (attribute: string, table: object, load: ItemSlot['load']): ItemSlot => ({
  attribute,
  ids: Object.keys(table),
  load,
});

/** Element tag → how it names a built-in item. */
export const itemSlots: Readonly<Record<string, ItemSlot>> = {
  'lemma-card': slot('lemma', lemmaModules, loadBuiltinLemma),
  'lemma-term': slot('lemma', lemmaModules, loadBuiltinLemma),
  'lemma-index': slot('lexicon', lexiconModules, loadBuiltinLexicon),
  'ladder-van-verbintenis': slot('ladder', ladderModules, loadBuiltinLadder),
  'casus-viewer': slot('casus', caseModules, loadBuiltinCase),
  'casus-index': slot('casebook', casebookModules, loadBuiltinCasebook),
};

/** The title of a built-in item, or undefined when there is no such item. */
export async function itemTitle(tag: string, id: string): Promise<string | undefined> {
  const found = Object.hasOwn(itemSlots, tag) ? itemSlots[tag] : undefined;
  if (!found || !found.ids.includes(id)) return undefined;
  const item = (await found.load(id)) as { title?: unknown } | undefined;
  return typeof item?.title === 'string' ? item.title : undefined;
}
