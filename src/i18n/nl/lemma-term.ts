import { messagePack } from '../../core/i18n.js';

/** Dutch UI strings of `<lemma-term>`; the English ones are in ../en/lemma-term.ts, loaded when first needed. */
export const messages = {
  readLemma: 'Lees het lemma {title}',
  explainedIn: 'Uitgelegd in',
  unknown: 'Geen uitleg gevonden voor “{term}”.',
  loading: 'Uitleg laden…',
  note: 'Zie lemma',
};

export type TermMessageKey = keyof typeof messages;

export const termText = messagePack(messages, () => import('../en/lemma-term.js').then((module) => module.messages));
