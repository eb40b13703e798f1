import { messagePack } from '../../core/i18n.js';

/** Strings only the card's host-state support needs (loaded with it): Dutch here, English in lemma-card.messages.en.ts. */
const nl = {
  stateRefused: 'Deze opgeslagen stand past niet bij dit lemma (veld {path}); er is niets veranderd.',
};

export type LemmaCardMessageKey = keyof typeof nl;

export const lemmaCardText = messagePack(nl, () => import('./lemma-card.messages.en.js').then((module) => module.en));
