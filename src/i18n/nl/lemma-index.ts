import { messagePack } from '../../core/i18n.js';

/** Dutch UI strings of `<lemma-index>`; the English ones are in ../en/lemma-index.ts, loaded when first needed. */
export const messages = {
  loading: 'Bezig met laden…',
  index: 'Lexicon',
  search: 'Zoek op titel, auteur, begrip of in de samenvattingen',
  cluster: 'Cluster',
  allClusters: 'Alle clusters',
  results: '{count} lemma’s gevonden',
  all: '{count} lemma’s',
  none: 'Geen lemma gevonden. Probeer een korter woord of een ander begrip.',
  searching: 'De zoekfunctie wordt geladen…',
  by: 'door {authors}',
  matched: 'Gevonden in',
  back: 'Terug naar het lexicon',
  editorial: 'indeling door de redactie van Nabij',
  about: 'Over dit lexicon: inleiding, vier soorten nabijheid en voorwoord',
  editors: 'Redactie: {editors} ({year}).',
};

export type LemmaIndexMessageKey = keyof typeof messages;

export const lemmaIndexText = messagePack(messages, () =>
  import('../en/lemma-index.js').then((module) => module.messages),
);
