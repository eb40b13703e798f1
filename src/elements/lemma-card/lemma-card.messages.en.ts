import type { LemmaCardMessageKey } from './lemma-card.messages.js';

/** English strings of the card's host-state support, loaded the first time one speaks English. */
export const en: Record<LemmaCardMessageKey, string> = {
  stateRefused: 'This saved state does not fit this lemma (field {path}); nothing was changed.',
};
