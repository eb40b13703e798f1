/** On-demand validator for a lexicon's search module (see validators/lemma.ts for why validators load lazily). */
import { LexiconSearchSchema } from '../schema.js';
import { validateContent } from '../validate.js';

export const validateLexiconSearch = (input: unknown) => validateContent(LexiconSearchSchema, input);
