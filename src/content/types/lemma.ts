import { LemmaSchema } from '../schema.js';
import { defineContentType } from './descriptor.js';

export const lemmaType = defineContentType({
  type: 'lemma',
  description: 'One lemma (keyword article) of a lexicon.',
  schema: LemmaSchema,
  jsonSchema: 'lemma',
  source: 'content/lexicon/lemmas/<id>.md (YAML front matter, Markdown summary and ## sections)',
  builtin: { kind: 'modules', dir: 'lemmas', table: 'lemma-index', name: 'Lemma' },
  element: { activity: 'lemma', itemType: 'Lemma' },
});
