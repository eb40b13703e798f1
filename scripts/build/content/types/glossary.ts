/**
 * The glossary, merged by term (case and accents folded). A term points first at the lemmas that explain it (a
 * lemma whose title is the term, and any `explainedIn` a lemma gives), then at the lemmas that name it, in book
 * order; its explanation is the one written in the first of those lemmas that lists the term, a key concept
 * before a named term. A term listed twice in one lemma, or an `explainedIn` that is no other lemma, fails.
 */
import { foldText } from '../../../../src/core/text.js';
import type { Lemma } from '../../../../src/content/schema.js';
import { glossaryType, lemmaType, lexiconType } from '../../../../src/content/types/index.js';
import { fail } from '../authored.js';
import { defineBuilder, onlyItem } from '../builder.js';
import { readLexicon } from './lexicon.js';

const fold = (text: string) => foldText(text).trim();

export const glossaryBuilder = defineBuilder({
  type: glossaryType,
  build(context, validated) {
    const file = readLexicon(context.contentDir).front.file;
    const lexicon = onlyItem(context.items(lexiconType))!;
    const byId = context.items(lemmaType);
    const lemmas = [...byId.values()];
    const mentions = new Map<string, { lemma: Lemma; term: string; explanation: string; explainedIn: string[] }[]>();
    for (const lemma of lemmas) {
      for (const { term, explanation, explainedIn = [] } of [...(lemma.keyConcepts ?? []), ...(lemma.glossary ?? [])]) {
        for (const id of explainedIn) {
          if (!byId.has(id)) fail(file, `${lemma.id}: "${term}" is explained in "${id}", which is not a lemma`);
          if (id === lemma.id) fail(file, `${lemma.id}: "${term}" names its own lemma in explainedIn`);
        }
        const key = fold(term);
        if (!mentions.has(key)) mentions.set(key, []);
        const known = mentions.get(key)!;
        if (known.some((mention) => mention.lemma.id === lemma.id)) fail(file, `${lemma.id}: "${term}" is listed twice`);
        known.push({ lemma, term, explanation, explainedIn });
      }
    }
    const terms = [...mentions].map(([key, list]) => {
      const explaining = [
        ...lemmas.filter((lemma) => fold(lemma.title) === key).map((lemma) => lemma.id),
        ...list.flatMap((mention) => mention.explainedIn),
      ];
      const order = [...new Set([...explaining, ...list.map((mention) => mention.lemma.id)])];
      const first = order.map((id) => list.find((mention) => mention.lemma.id === id)).find(Boolean)!;
      return {
        term: first.term,
        explanation: first.explanation,
        lemmas: order.map((id) => ({ id, title: byId.get(id)!.title })),
      };
    });
    const glossary = validated(file, {
      type: 'glossary',
      id: lexicon.id,
      lang: lexicon.lang,
      contentVersion: lexicon.contentVersion,
      terms: terms.sort((a, b) => a.term.localeCompare(b.term, 'nl')),
      source: lexicon.source,
    });
    return new Map([[glossary.id, glossary]]);
  },
});
