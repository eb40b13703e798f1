/**
 * A learner's work on one case as JSON a host can keep: answers, the sections read and the questions seen.
 * Pure functions, exported from the package entry, so a CMS or SCORM adapter can check a state without an element.
 */
import type { Case } from '../../content/schema.js';
import { parseStateInput, readStateHeader, type CasusHostState } from '../../core/host-state.js';
import { StateError } from '../../core/state-error.js';
import { shapeOf, type Answer, type Answers } from './answers.js';

export const CASUS_STATE_FORMAT = 'nabij-casus-state';

/** Longest answer text kept; far beyond a real answer, short of filling a host's database by accident. */
const MAX_ANSWER_LENGTH = 10_000;
/** Most entries in one list (answers, list items, positions): far beyond any case in the casebook. */
const MAX_ENTRIES = 200;

export function emptyCasusState(casus: string): CasusHostState {
  return { format: CASUS_STATE_FORMAT, version: 1, casus, completed: false, read: [], seen: [], answers: {} };
}

/** Compact JSON (no indentation): a SCORM 1.2 `suspend_data` holds 4,096 characters. */
export function casusStateToJson(state: CasusHostState): string {
  const { casus, completed, read, seen, answers } = state;
  return JSON.stringify({ format: CASUS_STATE_FORMAT, version: 1, casus, completed, read, seen, answers });
}

function positions(value: unknown, path: string, count: number | undefined): number[] {
  if (!Array.isArray(value)) throw new StateError('unreadable', path);
  if (value.length > MAX_ENTRIES) throw new StateError('too-large', path);
  value.forEach((entry, index) => {
    if (!Number.isInteger(entry) || (entry as number) < 0) throw new StateError('unreadable', `${path}[${index}]`);
    if (count !== undefined && (entry as number) >= count) throw new StateError('out-of-range', `${path}[${index}]`);
  });
  return [...new Set(value as number[])].sort((a, b) => a - b);
}

function texts(value: unknown, path: string): string[] {
  if (!Array.isArray(value)) throw new StateError('unreadable', path);
  if (value.length > MAX_ENTRIES) throw new StateError('too-large', path);
  value.forEach((entry, index) => {
    if (typeof entry !== 'string') throw new StateError('unreadable', `${path}[${index}]`);
    if (entry.length > MAX_ANSWER_LENGTH) throw new StateError('too-large', `${path}[${index}]`);
  });
  return value as string[];
}

function answer(value: unknown, path: string, expected?: 'text' | 'list' | 'pros-cons'): Answer {
  if (typeof value === 'string' && (!expected || expected === 'text')) {
    if (value.length > MAX_ANSWER_LENGTH) throw new StateError('too-large', path);
    return value;
  }
  if (Array.isArray(value) && (!expected || expected === 'list')) return texts(value, path);
  if (value && typeof value === 'object' && !Array.isArray(value) && (!expected || expected === 'pros-cons')) {
    const pair = value as Record<string, unknown>;
    return { pros: texts(pair.pros, `${path}.pros`), cons: texts(pair.cons, `${path}.cons`) };
  }
  throw new StateError('unreadable', path);
}

/**
 * Reads a state (JSON text or the object). With the case it must belong to, also checks that the positions
 * exist and every answer has the shape its question asks for. Throws a `StateError` naming the field.
 */
export function casusStateFromJson(json: string | object, item?: Case): CasusHostState {
  const record = readStateHeader(parseStateInput(json), CASUS_STATE_FORMAT);
  if (typeof record.casus !== 'string' || record.casus.length > 100) throw new StateError('unreadable', 'casus');
  if (item && record.casus !== item.id) throw new StateError('other-item', 'casus');
  const input = record.answers;
  if (!input || typeof input !== 'object' || Array.isArray(input)) throw new StateError('unreadable', 'answers');
  if (Object.keys(input).length > MAX_ENTRIES) throw new StateError('too-large', 'answers');
  const answers: Answers = {};
  for (const [id, value] of Object.entries(input)) {
    const path = `answers.${id}`;
    const question = item?.questions.find((candidate) => candidate.id === id);
    if (item && !question) throw new StateError('unknown-question', path);
    const kind = question && shapeOf(question).kind;
    answers[id] = answer(value, path, kind === 'short' ? 'text' : kind);
  }
  return {
    format: CASUS_STATE_FORMAT,
    version: 1,
    casus: record.casus,
    completed: record.completed as boolean,
    read: positions(record.read, 'read', item?.sections.length),
    seen: positions(record.seen, 'seen', item?.questions.length),
    answers,
  };
}
