/** Whether a learner read a lemma to the end, as JSON a host can keep. Pure functions, exported from the package entry. */
import { parseStateInput, readStateHeader } from '../../core/host-state.js';
import { StateError } from '../../core/state-error.js';

export interface LemmaHostState {
  format: 'nabij-lemma-state';
  version: 1;
  /** Id of the lemma. */
  lemma: string;
  /** The end of the card was on screen; stays true once reached. */
  completed: boolean;
}

export const LEMMA_STATE_FORMAT = 'nabij-lemma-state';

export function lemmaStateToJson(state: LemmaHostState): string {
  const { lemma, completed } = state;
  return JSON.stringify({ format: LEMMA_STATE_FORMAT, version: 1, lemma, completed });
}

/** Reads a state (JSON text or the object); with the lemma's id, also checks it belongs to that lemma. */
export function lemmaStateFromJson(json: string | object, lemmaId?: string): LemmaHostState {
  const record = readStateHeader(parseStateInput(json), LEMMA_STATE_FORMAT);
  if (typeof record.lemma !== 'string' || record.lemma.length > 100) throw new StateError('unreadable', 'lemma');
  if (lemmaId !== undefined && record.lemma !== lemmaId) throw new StateError('other-item', 'lemma');
  return { format: LEMMA_STATE_FORMAT, version: 1, lemma: record.lemma, completed: record.completed as boolean };
}
