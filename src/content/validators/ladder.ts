/** On-demand validator for ladder content (see validators/lemma.ts for why validators load lazily). */
import { LadderSchema } from '../schema.js';
import { validateContent } from '../validate.js';

export const validateLadder = (input: unknown) => validateContent(LadderSchema, input);
