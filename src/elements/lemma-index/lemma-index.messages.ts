import { messagePack } from '../../core/i18n.js';

/** UI strings of `<lemma-index>`: Dutch here, English in lemma-index.en.ts (loaded when needed). */
const nl = {
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

export type LemmaIndexMessageKey = keyof typeof nl;

export const lemmaIndexText = messagePack(nl, () => import('./lemma-index.en.js').then((module) => module.en));
