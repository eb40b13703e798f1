/** The search module of the lexicon: one record per lemma, with the texts search looks in (kept apart when written). */
import { richTextToPlain } from '../../../../src/core/rich-text.js';
import { lemmaType, lexiconSearchType, lexiconType } from '../../../../src/content/types/index.js';
import { defineBuilder, onlyItem } from '../builder.js';
import { readLexicon } from './lexicon.js';

export const lexiconSearchBuilder = defineBuilder({
  type: lexiconSearchType,
  build(context, validated) {
    const file = readLexicon(context.contentDir).front.file;
    const lexicon = onlyItem(context.items(lexiconType))!;
    const search = validated(file, {
      type: 'lexicon-search',
      id: lexicon.id,
      lang: lexicon.lang,
      contentVersion: lexicon.contentVersion,
      title: lexicon.title,
      lemmas: [...context.items(lemmaType).values()].map((lemma) => ({
        id: lemma.id,
        title: lemma.title,
        authors: lemma.authors,
        cluster: lemma.cluster
          ? { id: lemma.cluster.id, name: lemma.cluster.name, assignment: lemma.cluster.assignment }
          : undefined,
        concepts: [...(lemma.keyConcepts ?? []), ...(lemma.glossary ?? [])].map((concept) => concept.term),
        summary: richTextToPlain(lemma.summary),
      })),
      source: lexicon.source,
    });
    return new Map([[search.id, search]]);
  },
  // The list (titles, authors, clusters) is what an index shows at once; the texts search looks in are most of
  // the bytes, so they are a module of their own (search-texts), loaded on the first search.
  moduleValue: ({ lemmas, ...header }) => ({
    ...header,
    lemmas: lemmas.map(({ concepts, summary, ...record }) => record),
  }),
});
