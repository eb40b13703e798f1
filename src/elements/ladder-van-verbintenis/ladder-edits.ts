import type { LadderState, Place } from './ladder-state.js';
import { itemLabel, type ListKey } from './ladder-panels.js';
import type { LadderText } from './ladder-views.js';

/*
 * What each edit in the places or participants panel makes of a ladder's state, with what the live region says
 * about it. Pure: the element commits the result (storage, statements, `nabij-change`) and moves the focus.
 */

/** The next state and its announcement. */
export type LadderEdit = [next: LadderState, announcement: string];

export function patchItem(state: LadderState, list: ListKey, index: number, patch: Partial<Place>): LadderState {
  return { ...state, [list]: state[list].map((item, i) => (i === index ? { ...item, ...patch } : item)) };
}

export function removeItem(t: LadderText, state: LadderState, list: ListKey, index: number): LadderEdit {
  return [
    { ...state, [list]: state[list].filter((_, i) => i !== index) },
    t('announceRemoved', { place: itemLabel(t, state, list, index) }),
  ];
}

export function addPlace(t: LadderText, state: LadderState, name: string): LadderEdit {
  return [{ ...state, places: [...state.places, { name }] }, t('announceAdded', { place: name })];
}

export function addParticipant(t: LadderText, state: LadderState): LadderEdit {
  const participants = [...state.participants, {}];
  return [{ ...state, participants }, t('announceAdded', { place: t('participant', { n: participants.length }) })];
}
