/** Dutch UI strings every element may use; the English ones are in ../en/shared.ts, loaded when first needed. */
export const messages = {
  loading: 'Bezig met laden…',
  by: 'Door',
  cluster: 'Cluster',
  clusterEditorial: 'indeling door de redactie van Nabij',
  keyConcepts: 'Kernbegrippen',
  argument: 'De lijn van het betoog',
  references: 'Literatuur',
  related: 'Verwante lemma’s',
  cases: 'Casussen bij dit lemma',
  source: 'Bron',
  sourceEditors: 'red.',
  summaryNote: 'Samenvatting in eigen woorden door Nabij.',
  lemmaLabel: 'Lemma',
};

export type MessageKey = keyof typeof messages;
