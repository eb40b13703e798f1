/** One builder per content type; the runner pairs them with the descriptors in `contentTypes`. */
import { caseBuilder } from './case.js';
import { casebookBuilder } from './casebook.js';
import { glossaryBuilder } from './glossary.js';
import { ladderBuilder } from './ladder.js';
import { lemmaCasesBuilder } from './lemma-cases.js';
import { lemmaBuilder } from './lemma.js';
import { lexiconSearchBuilder } from './lexicon-search.js';
import { lexiconBuilder } from './lexicon.js';
import { searchTextsBuilder } from './search-texts.js';

export const builders = [
  lexiconBuilder,
  lemmaBuilder,
  glossaryBuilder,
  lexiconSearchBuilder,
  searchTextsBuilder,
  ladderBuilder,
  caseBuilder,
  casebookBuilder,
  lemmaCasesBuilder,
];
