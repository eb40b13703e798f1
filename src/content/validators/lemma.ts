/**
 * Validators are loaded on demand, one module per content type. Built-in content was validated with the same
 * schema when it was compiled (scripts/build/build-content.ts), so a page that shows only built-in items never
 * downloads the validator; publisher content (property, inline JSON, src) loads it first.
 */
import { LemmaSchema } from '../schema.js';
import { validateContent } from '../validate.js';

export const validateLemma = (input: unknown) => validateContent(LemmaSchema, input);
