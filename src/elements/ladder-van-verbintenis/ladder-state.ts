/** The conversation state of a ladder: what people marked, per place or per participant. Plain data. */
export interface RungMarks {
  /** Rung id where the place or person stands now. */
  now?: string;
  /** Rung id where they want to go. */
  want?: string;
}

export interface Place extends RungMarks {
  name: string;
  note?: string;
}

/** One participant of a group session; the name is optional and never shown on the ladder. */
export interface Participant extends RungMarks {
  name?: string;
}

export interface LadderState {
  /** Id of the ladder the marks belong to. */
  ladder: string;
  /** The rung whose explanation is open. */
  selected?: string;
  places: Place[];
  participants: Participant[];
}

/** Marks the JSON of a ladder state (downloads, uploads and what `persist="local"` stores). */
export const STATE_FORMAT = 'nabij-ladder-state';

/** A host-kept state as compact JSON (no indentation): a SCORM 1.2 `suspend_data` holds 4,096 characters. */
export function ladderStateToJson(state: LadderHostState): string {
  const { ladder, selected, places, participants, completed } = state;
  return JSON.stringify({ format: STATE_FORMAT, version: 1, completed, ladder, selected, places, participants });
}

/** Someone stands on, or wants to go to, a rung: what completes the ladder for a learner. */
export function hasMark(state: LadderState): boolean {
  return [...state.places, ...state.participants].some((item) => item.now || item.want);
}

/** The state as the JSON people download and the browser stores. */
export function stateToJson(state: LadderState): string {
  return JSON.stringify({ format: STATE_FORMAT, version: 1, ...state }, null, 2);
}

/** Limits that keep a shared link and a stored state small and every rendering fast. */
export const STATE_LIMITS = { places: 50, participants: 200, name: 80, note: 2000, fragment: 8000 } as const;

export function emptyState(ladder: string): LadderState {
  return { ladder, places: [], participants: [] };
}

/** How many participants stand on a rung now, and how many want to go there. */
export function tally(participants: readonly Participant[], rung: string): { now: number; want: number } {
  let now = 0;
  let want = 0;
  for (const participant of participants) {
    if (participant.now === rung) now++;
    if (participant.want === rung) want++;
  }
  return { now, want };
}

export interface LadderHostState extends LadderState {
  format: 'nabij-ladder-state';
  version: 1;
  /** A place (or participant) was marked on a rung; stays true once reached. */
  completed: boolean;
}
