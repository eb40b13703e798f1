/** The texts search looks in, per lemma, taken out of the lexicon's search module. */
import { lexiconSearchType, searchTextsType } from '../../../../src/content/types/index.js';
import { defineBuilder } from '../builder.js';
import { readLexicon } from './lexicon.js';

export const searchTextsBuilder = defineBuilder({
  type: searchTextsType,
  build(context, validated) {
    const file = readLexicon(context.contentDir).front.file;
    return new Map(
      [...context.items(lexiconSearchType)].map(([id, search]) => [
        id,
        validated(
          file,
          Object.fromEntries(search.lemmas.map(({ id: lemmaId, concepts, summary }) => [lemmaId, { concepts, summary }])),
        ),
      ]),
    );
  },
});
