import { LadderSchema } from '../schema.js';
import { defineContentType } from './descriptor.js';

export const ladderType = defineContentType({
  type: 'ladder',
  description: 'A ladder used as a conversation tool: rungs from bottom to top, findings and levers.',
  schema: LadderSchema,
  jsonSchema: 'ladder',
  source: "content/ladders/<id>.yaml (each belongs to a lemma; the lexicon is its source)",
  builtin: { kind: 'modules', dir: 'ladders', table: 'ladder-index', name: 'Ladder' },
  element: { activity: 'ladder', itemType: 'Ladder' },
});
