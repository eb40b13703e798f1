/**
 * Search over a lexicon with MiniSearch (a small, well-kept full-text library: prefix and fuzzy matching,
 * field boosts, ranked results). Loaded only when an index is used. Terms are folded to lower case without
 * diacritics, and prefix matching stands in for Dutch stemming: "zorgzaam" finds "zorgzaamheid".
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { LexiconSearch } from '../../content/schema.js';
import { foldText } from '../../core/text.js';

export type LemmaRecord = LexiconSearch['lemmas'][number];

export interface LemmaHit {
  lemma: LemmaRecord;
  score: number;
  /** Folded index terms that matched, for highlighting. */
  terms: string[];
}

interface Doc {
  id: string;
  title: string;
  authors: string;
  concepts: string;
  summary: string;
}

export class LexiconSearchIndex {
  readonly #engine: MiniSearch<Doc>;
  readonly #records: Map<string, LemmaRecord>;

  constructor(lemmas: readonly LemmaRecord[]) {
    this.#records = new Map(lemmas.map((lemma) => [lemma.id, lemma]));
    this.#engine = new MiniSearch<Doc>({
      fields: ['title', 'authors', 'concepts', 'summary'],
      processTerm: (term) => foldText(term),
      searchOptions: {
        boost: { title: 4, concepts: 2, authors: 2 },
        prefix: true,
        fuzzy: (term) => (term.length > 5 ? 0.2 : false),
        combineWith: 'AND',
      },
    });
    this.#engine.addAll(
      lemmas.map((lemma) => ({
        id: lemma.id,
        title: lemma.title,
        authors: lemma.authors.join(' '),
        concepts: (lemma.concepts ?? []).join(' '),
        summary: lemma.summary ?? '',
      })),
    );
  }

  search(query: string): LemmaHit[] {
    if (!query.trim()) return [];
    return this.#engine.search(query).map((result: SearchResult) => ({
      lemma: this.#records.get(String(result.id))!,
      score: result.score,
      terms: result.terms,
    }));
  }
}
