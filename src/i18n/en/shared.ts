import type { MessageKey } from '../nl/shared.js';

/** English UI strings every element may use; loaded on demand through `messagePack` in core/i18n.ts. */
export const messages: Record<MessageKey, string> = {
  loading: 'Loading…',
  by: 'By',
  cluster: 'Cluster',
  clusterEditorial: 'grouping by the Nabij editors',
  keyConcepts: 'Key concepts',
  argument: 'Line of argument',
  references: 'References',
  related: 'Related lemmas',
  cases: 'Cases on this lemma',
  source: 'Source',
  sourceEditors: 'eds.',
  summaryNote: 'Summary in our own words by Nabij.',
  lemmaLabel: 'Lemma',
};
