/** A case that links a lemma: its id and title, as a full `<lemma-card>` lists it. */
export interface LemmaCaseLink {
  id: string;
  title: string;
}

/**
 * The built-in cases whose text links the lemma `id` (an empty list when none does). The table is generated from
 * the cases' `lemmas:` front matter and loaded on demand, so a card's own code does not grow with the casebook.
 */
export function loadLemmaCases(id: string): Promise<readonly LemmaCaseLink[]> {
  return import('../../generated/lemma-cases.js').then(({ lemmaCases }) =>
    Object.hasOwn(lemmaCases, id) ? lemmaCases[id] : [],
  );
}
