import { messagePack } from '../../core/i18n.js';
import { messages as english } from '../en/lemma-term.js';

/**
 * Dutch UI strings of `<lemma-term>`; the English ones are in ../en/lemma-term.ts. Those five strings travel with
 * the element rather than as a chunk of their own: a chunk would cost more than it saves.
 */
export const messages = {
  readLemma: 'Lees het lemma {title}',
  explainedIn: 'Uitgelegd in',
  unknown: 'Geen uitleg gevonden voor “{term}”.',
  loading: 'Uitleg laden…',
  note: 'Zie lemma',
};

export type TermMessageKey = keyof typeof messages;

export const termText = messagePack(messages, () => Promise.resolve(english));
