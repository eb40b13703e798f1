import { LemmaCasesSchema } from '../schema.js';
import { defineContentType } from './descriptor.js';

/**
 * Lemma id → the cases that link it: the "cases on this lemma" a full `<lemma-card>` shows. Small enough for one
 * module, so its items are inline in a table rather than a module each.
 */
export const lemmaCasesType = defineContentType({
  type: 'lemma-cases',
  description: "The cases whose text links a lemma ({ id, title }, in casebook order); every lemma has an entry.",
  schema: LemmaCasesSchema,
  source: "derived from the cases' `lemmas:` front matter",
  builtin: { kind: 'table', module: 'lemma-cases', exportName: 'lemmaCases', itemType: '{ id: string; title: string }[]' },
});
