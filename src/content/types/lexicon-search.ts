import { LexiconSearchSchema } from '../schema.js';
import { defineContentType } from './descriptor.js';

/** The built-in module holds the list only; the texts search looks in are `searchTextsType`, loaded on the first search. */
export const lexiconSearchType = defineContentType({
  type: 'lexicon-search',
  description: "What an index shows of a lexicon at once: each lemma's title, authors and cluster.",
  schema: LexiconSearchSchema,
  jsonSchema: 'lexicon-search',
  source: 'derived from the lexicon and its lemmas',
  builtin: { kind: 'modules', dir: 'search', suffix: '-search', table: 'search-index', name: 'LexiconList' },
  element: { activity: 'lexicon', itemType: 'LexiconSearch' },
});
