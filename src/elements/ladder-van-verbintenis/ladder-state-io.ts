/**
 * Reading and writing a ladder's state: the JSON file people download and upload, and the compact URL
 * fragment they share. Everything read is checked (shape, sizes, that the rungs exist on this ladder) before
 * it replaces anything, so a tampered link or file is refused with a reason and no marks are lost.
 * Loaded on demand: a page that only shows the ladder does not download the validator.
 */
import * as v from 'valibot';
import type { ContentError } from '../../content/errors.js';
import type { Ladder } from '../../content/schema.js';
import { formatPath } from '../../content/validate.js';
import { parseStateInput, readStateHeader, stateErrorDetail } from '../../core/host-state.js';
import type { LadderMessageKey } from '../../i18n/nl/ladder.js';
import type { LadderHostState } from './ladder-state.js';
import { StateError } from '../../core/state-error.js';
import { STATE_FORMAT, STATE_LIMITS, type LadderState } from './ladder-state.js';

const rungId = v.optional(v.pipe(v.string(), v.maxLength(100)));
const name = v.pipe(v.string(), v.maxLength(STATE_LIMITS.name));

const StateSchema = v.object({
  format: v.literal(STATE_FORMAT),
  version: v.literal(1),
  ladder: v.pipe(v.string(), v.maxLength(100)),
  selected: rungId,
  places: v.pipe(
    v.array(
      v.object({
        name: v.pipe(name, v.minLength(1)),
        now: rungId,
        want: rungId,
        note: v.optional(v.pipe(v.string(), v.maxLength(STATE_LIMITS.note))),
      }),
    ),
    v.maxLength(STATE_LIMITS.places),
  ),
  participants: v.pipe(
    v.array(v.object({ name: v.optional(name), now: rungId, want: rungId })),
    v.maxLength(STATE_LIMITS.participants),
  ),
});

/**
 * Checks shape and limits, and (given the ladder) that every mark points at a rung of it. Refusals name the
 * field (`places[0].now`), so whoever stored the state can find what is wrong.
 */
function accept(input: unknown, ladder?: Ladder): LadderState {
  const result = v.safeParse(StateSchema, input);
  if (!result.success) {
    const issue = result.issues[0];
    const tooLarge = issue.type === 'max_length';
    throw new StateError(tooLarge ? 'too-large' : 'unreadable', formatPath(issue.path as { key: unknown }[]));
  }
  const { ladder: ladderId, selected, places, participants } = result.output;
  if (ladder && ladderId !== ladder.id) throw new StateError('other-ladder', 'ladder');
  const rungs = new Set(ladder?.rungs.map((rung) => rung.id));
  const marks: [string, string | undefined][] = [
    ['selected', selected],
    ...(['places', 'participants'] as const).flatMap((list) =>
      result.output[list].flatMap((item, index) =>
        (['now', 'want'] as const).map((kind): [string, string | undefined] => [
          `${list}[${index}].${kind}`,
          item[kind],
        ]),
      ),
    ),
  ];
  const unknown = ladder && marks.find(([, mark]) => mark !== undefined && !rungs.has(mark));
  if (unknown) throw new StateError('unknown-rung', unknown[0]);
  // Optional keys that are absent stay absent (a fragment decodes "no rung" as undefined).
  const defined = <T extends object>(item: T) =>
    Object.fromEntries(Object.entries(item).filter(([, value]) => value !== undefined)) as T;
  return defined({
    ladder: ladderId,
    selected,
    places: places.map(defined),
    participants: participants.map(defined),
  });
}

export function stateFromJson(text: string, ladder: Ladder): LadderState {
  return accept(parseStateInput(text), ladder);
}

/**
 * Reads a host-kept state (JSON text or the object, with `completed`); with the ladder it belongs to, also
 * checks its id and rungs. Throws a `StateError` naming the field.
 */
export function ladderStateFromJson(json: string | object, ladder?: Ladder): LadderHostState {
  const { marks, completed } = hostStateFromJson(json, ladder);
  return { format: STATE_FORMAT, version: 1, completed, ...marks };
}

/** The element's reading of a host state: the marks, and the completion kept beside them. */
export function hostStateFromJson(
  json: string | object,
  ladder?: Ladder,
  /** States this browser stored before `completed` existed have none: they start not completed. */
  completedOptional = false,
): { marks: LadderState; completed: boolean } {
  const input = parseStateInput(json) as Record<string, unknown> | null;
  const withCompletion = completedOptional && input?.completed === undefined ? { ...input, completed: false } : input;
  const record = readStateHeader(withCompletion, STATE_FORMAT);
  return { marks: accept(record, ladder), completed: record.completed as boolean };
}

// The fragment stores rungs by their position on the ladder (-1 for none) and drops the keys, so a
// conversation about a few places fits in a short link: [1, ladder, selected, places, participants].
function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

export function stateToFragment(state: LadderState, ladder: Ladder): string {
  const index = (rung?: string) => (rung ? ladder.rungs.findIndex((candidate) => candidate.id === rung) : -1);
  const compact = [
    1,
    state.ladder,
    index(state.selected),
    state.places.map((place) => [place.name, index(place.now), index(place.want), ...(place.note ? [place.note] : [])]),
    state.participants.map((person) => [index(person.now), index(person.want), ...(person.name ? [person.name] : [])]),
  ];
  return toBase64Url(JSON.stringify(compact));
}

export function stateFromFragment(fragment: string, ladder: Ladder): LadderState {
  if (fragment.length > STATE_LIMITS.fragment) throw new StateError('too-large');
  let compact: unknown;
  try {
    compact = JSON.parse(fromBase64Url(fragment));
  } catch {
    throw new StateError('unreadable');
  }
  if (!Array.isArray(compact) || compact[0] !== 1 || !Array.isArray(compact[3]) || !Array.isArray(compact[4])) {
    throw new StateError('unreadable');
  }
  // Out-of-range positions become "no such rung" ids, which accept() refuses with the right reason.
  const rung = (position: unknown) =>
    position === -1 ? undefined : (ladder.rungs[Number(position)]?.id ?? `#${String(position)}`);
  const [, ladderId, selected, places, participants] = compact as [number, unknown, unknown, unknown[][], unknown[][]];
  return accept(
    {
      format: STATE_FORMAT,
      version: 1,
      ladder: ladderId,
      selected: rung(selected),
      places: places.map((place) =>
        Array.isArray(place)
          ? {
              name: place[0],
              now: rung(place[1]),
              want: rung(place[2]),
              ...(place[3] === undefined ? {} : { note: place[3] }),
            }
          : place,
      ),
      participants: participants.map((person) =>
        Array.isArray(person)
          ? { now: rung(person[0]), want: rung(person[1]), ...(person[2] === undefined ? {} : { name: person[2] }) }
          : person,
      ),
    },
    ladder,
  );
}

/** What a reader brought: the marks, and from a host state the completion kept beside them. */
export type StateRead = LadderState | { marks: LadderState; completed: boolean };

/** A state that was read (`marks`), or refused: the message the element shows and the `nabij-error` detail. */
export type ReadResult =
  { marks: LadderState; completed?: boolean } | { refused: LadderMessageKey; detail: ContentError };

/**
 * Runs one of the readers above for the element. A refusal names one of the reasons the element explains
 * (another ladder, an unknown rung, too large), else `unreadable`.
 */
export function readState(read: () => StateRead): ReadResult {
  try {
    const value = read();
    return 'marks' in value ? value : { marks: value };
  } catch (error) {
    const reason = error instanceof StateError ? error.reason : 'unreadable';
    const known = ['other-ladder', 'unknown-rung', 'too-large'].includes(reason) ? reason : 'unreadable';
    return { refused: `state.${known as 'unreadable'}`, detail: stateErrorDetail(error) };
  }
}
