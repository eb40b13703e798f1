import { SearchTextsSchema } from '../schema.js';
import { defineContentType } from './descriptor.js';

/** Internal: no published schema, publisher content gives these texts inside its lexicon-search item. */
export const searchTextsType = defineContentType({
  type: 'search-texts',
  description: 'The texts search looks in (concept terms, plain summary), per lemma id of a lexicon.',
  schema: SearchTextsSchema,
  source: 'derived from the lexicon-search item',
  builtin: { kind: 'modules', dir: 'search', suffix: '-search-texts', table: 'search-texts-index', name: 'SearchTexts' },
});
