import type { LemmaCardMessageKey } from '../nl/lemma-card.js';

/** English UI strings of the host-state support of `<lemma-card>` (loaded with it), loaded the first time one speaks English. */
export const messages: Record<LemmaCardMessageKey, string> = {
  stateRefused: 'This saved state does not fit this lemma (field {path}); nothing was changed.',
};
