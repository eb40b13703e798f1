import { LexiconSchema } from '../schema.js';
import { defineContentType } from './descriptor.js';

export const lexiconType = defineContentType({
  type: 'lexicon',
  description: "A lexicon's front matter: what it is, who made it, its frame and its lemmas in book order.",
  schema: LexiconSchema,
  jsonSchema: 'lexicon',
  source: 'content/lexicon/<id>.md (YAML front matter, Markdown introduction)',
  builtin: { kind: 'modules', dir: 'lexicons', table: 'lexicon-index', name: 'Lexicon' },
});
