/** On-demand validator for case content (see validators/lemma.ts for why validators load lazily). */
import { CaseSchema } from '../schema.js';
import { validateContent } from '../validate.js';

export const validateCase = (input: unknown) => validateContent(CaseSchema, input);
