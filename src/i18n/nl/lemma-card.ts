import { messagePack } from '../../core/i18n.js';

/** Dutch UI strings of the host-state support of `<lemma-card>` (loaded with it); the English ones are in ../en/lemma-card.ts, loaded when first needed. */
export const messages = {
  stateRefused: 'Deze opgeslagen stand past niet bij dit lemma (veld {path}); er is niets veranderd.',
};

export type LemmaCardMessageKey = keyof typeof messages;

export const lemmaCardText = messagePack(messages, () =>
  import('../en/lemma-card.js').then((module) => module.messages),
);
