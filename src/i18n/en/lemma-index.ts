import type { LemmaIndexMessageKey } from '../nl/lemma-index.js';

/** English UI strings of `<lemma-index>`, loaded the first time one speaks English. */
export const messages: Record<LemmaIndexMessageKey, string> = {
  loading: 'Loading…',
  index: 'Lexicon',
  search: 'Search titles, authors, concepts and summaries',
  cluster: 'Cluster',
  allClusters: 'All clusters',
  results: '{count} lemmas found',
  all: '{count} lemmas',
  none: 'No lemma found. Try a shorter word or another concept.',
  searching: 'Loading the search…',
  by: 'by {authors}',
  matched: 'Found in',
  back: 'Back to the lexicon',
  editorial: 'grouping by the Nabij editors',
  about: 'About this lexicon: introduction, four kinds of proximity and foreword',
  editors: 'Editors: {editors} ({year}).',
};
