import type { Messages } from './i18n.js';

/** English UI strings; loaded on demand through `messagePack` in i18n.ts. */
export const en: Messages = {
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
