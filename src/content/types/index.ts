/**
 * Every content type, in the order the build compiles them: a type may use the items of the types before it
 * (lemmas need their lexicon, cases the lemma ids, the lemma → cases table the cases).
 */
import { caseType } from './case.js';
import { casebookType } from './casebook.js';
import { glossaryType } from './glossary.js';
import { ladderType } from './ladder.js';
import { lemmaCasesType } from './lemma-cases.js';
import { lemmaType } from './lemma.js';
import { lexiconSearchType } from './lexicon-search.js';
import { lexiconType } from './lexicon.js';
import { searchTextsType } from './search-texts.js';

export type { BuiltinOutput, ContentItem, ContentType } from './descriptor.js';
export {
  caseType,
  casebookType,
  glossaryType,
  ladderType,
  lemmaCasesType,
  lemmaType,
  lexiconSearchType,
  lexiconType,
  searchTextsType,
};

export const contentTypes = [
  lexiconType,
  lemmaType,
  glossaryType,
  lexiconSearchType,
  searchTextsType,
  ladderType,
  caseType,
  casebookType,
  lemmaCasesType,
] as const;
