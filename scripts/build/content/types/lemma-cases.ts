/**
 * Lemma id → the cases that link it ({ id, title }, in casebook order): the "cases on this lemma" a full
 * `<lemma-card>` shows. Every lemma has an entry, an empty list when no case links it. The case build has made
 * sure a case's `lemmas:` lists exactly the lemmas its text links, so the links are the list.
 */
import { caseType, lemmaCasesType, lemmaType } from '../../../../src/content/types/index.js';
import { collectLemmaRefs } from '../authored.js';
import { defineBuilder } from '../builder.js';
import { readCasebookFront } from './case.js';

export const lemmaCasesBuilder = defineBuilder({
  type: lemmaCasesType,
  build(context, validated) {
    const file = readCasebookFront(context.contentDir)?.dir ?? context.contentDir;
    const cases = [...context.items(caseType).values()].map((item) => ({ item, linked: collectLemmaRefs(item) }));
    return new Map(
      [...context.items(lemmaType).keys()].map((lemmaId) => [
        lemmaId,
        validated(
          file,
          cases.filter(({ linked }) => linked.has(lemmaId)).map(({ item }) => ({ id: item.id, title: item.title })),
        ),
      ]),
    );
  },
});
