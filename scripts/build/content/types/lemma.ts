/** The lemmas, in the lexicon's order: clusters and related lemmas resolved, every `[[id|…]]` link checked. */
import { lemmaType, lexiconType } from '../../../../src/content/types/index.js';
import type { Lemma } from '../../../../src/content/schema.js';
import { collectLemmaRefs, fail, itemHeader, LICENCE } from '../authored.js';
import { defineBuilder, onlyItem } from '../builder.js';
import { bodyToSummaryAndSections } from '../rich-text.js';
import { readLexicon } from './lexicon.js';

export const lemmaBuilder = defineBuilder({
  type: lemmaType,
  build(context, validated) {
    const { order, lemmas: byId } = readLexicon(context.contentDir);
    const lexicon = onlyItem(context.items(lexiconType))!;
    const source = { publication: lexicon.title, editors: lexicon.editors, year: lexicon.year, licence: LICENCE };
    const clusters = new Map((lexicon.proximityKinds ?? []).map((kind) => [kind.id, kind.name]));
    const lemmas = new Map<string, Lemma>();
    for (const id of order) {
      const { file, data, body } = byId.get(id)!;
      const { summary, sections } = bodyToSummaryAndSections(body, file);
      const related = ((data.related as string[] | undefined) ?? []).map((relatedId) => ({
        id: relatedId,
        title: String(
          byId.get(relatedId)?.data.title ?? fail(file, `related: ${relatedId} is not a lemma in this lexicon`),
        ),
      }));
      const clusterId = data.cluster as string | undefined;
      if (clusterId && !clusters.has(clusterId))
        fail(file, `cluster: ${clusterId} is not one of ${[...clusters.keys()].join(', ')}`);
      const lemma = validated(file, {
        ...itemHeader('lemma', data, lexicon.lang),
        title: data.title,
        subtitle: data.subtitle,
        authors: data.authors,
        cluster: clusterId
          ? { id: clusterId, name: clusters.get(clusterId), assignment: data.clusterAssignment ?? 'editorial' }
          : undefined,
        summary,
        sections: sections.length ? sections : undefined,
        keyConcepts: data.keyConcepts,
        glossary: data.glossary,
        references: data.references,
        related: related.length ? related : undefined,
        source: { ...source, authors: data.authors, locator: data.locator },
      });
      for (const ref of collectLemmaRefs(lemma)) {
        if (!byId.has(ref)) fail(file, `[[${ref}|…]] links to a lemma that does not exist`);
      }
      lemmas.set(lemma.id, lemma);
    }
    return lemmas;
  },
  // A lemma's glossary terms live in the glossary and search modules; the card does not show them, so the
  // lemma's own module leaves them out and stays small. `explainedIn` only orders the glossary: left out too.
  moduleValue: ({ glossary, ...lemma }) => ({
    ...lemma,
    keyConcepts: lemma.keyConcepts?.map(({ term, explanation }) => ({ term, explanation })),
  }),
});
