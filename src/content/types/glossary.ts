import { GlossarySchema } from '../schema.js';
import { defineContentType } from './descriptor.js';

export const glossaryType = defineContentType({
  type: 'glossary',
  description: "A lexicon's glossary: every key concept and named term, with the lemmas that explain it.",
  schema: GlossarySchema,
  jsonSchema: 'glossary',
  source: "derived from the lemmas' keyConcepts and glossary (merged by term)",
  builtin: { kind: 'modules', dir: 'glossary', suffix: '-glossary', table: 'glossary-index', name: 'Glossary' },
});
