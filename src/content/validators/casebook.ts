/** On-demand validator for a casebook index (see validators/lemma.ts for why validators load lazily). */
import { CasebookSchema } from '../schema.js';
import { validateContent } from '../validate.js';

export const validateCasebook = (input: unknown) => validateContent(CasebookSchema, input);
