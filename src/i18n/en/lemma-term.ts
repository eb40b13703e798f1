import type { TermMessageKey } from '../nl/lemma-term.js';

/** English UI strings of `<lemma-term>`, loaded the first time one speaks English. */
export const messages: Record<TermMessageKey, string> = {
  readLemma: 'Read the lemma {title}',
  explainedIn: 'Explained in',
  unknown: 'No explanation found for “{term}”.',
  loading: 'Loading the explanation…',
  note: 'See lemma',
};
