/**
 * A learner's work on one case as JSON a host can keep: answers, the sections read and the questions seen.
 * Pure functions, exported from the package entry, so a CMS or SCORM adapter can check a state without an element.
 */
import type { Case } from '../../content/schema.js';
import { parseStateInput, readStateHeader } from '../../core/host-state.js';
import { StateError } from '../../core/state-error.js';
import { isScaleValue, shapeOf, type Answer, type Answers } from './answers.js';

export interface CasusHostState {
  format: 'nabij-casus-state';
  version: 1;
  /** Id of the case. */
  casus: string;
  /** Every section read and every question seen (see docs/statements.md); stays true once reached. */
  completed: boolean;
  /** Positions (from 0) of the sections the learner opened. */
  read: number[];
  /** Positions (from 0) of the questions the learner saw. */
  seen: number[];
  /** The learner's answers by question id. */
  answers: Answers;
}

export const CASUS_STATE_FORMAT = 'nabij-casus-state';

/** Longest answer text kept; far beyond a real answer, short of filling a host's database by accident. */
const MAX_ANSWER_LENGTH = 10_000;
/** Most entries in one list (answers, list items, positions): far beyond any case in the casebook. */
const MAX_ENTRIES = 200;

/**
 * The case id the `casus` attribute names (the id a state carries, also before the case has loaded): `8`,
 * `casus-8` and `Casus 8` all name the eighth built-in case.
 */
export function toCaseId(value: string): string {
  const number = /^\s*(?:casus[-\s]*)?(\d+)\s*$/i.exec(value)?.[1];
  return number ? `casus-${Number(number)}` : value.trim();
}

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

function text(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new StateError('unreadable', path);
  if (value.length > MAX_ANSWER_LENGTH) throw new StateError('too-large', path);
  return value;
}

type Expected = 'text' | 'list' | 'pros-cons' | 'scale';

/** One answer, in the shape its question asks for (any shape when the case is not known); `steps` bounds a scale. */
function answer(value: unknown, path: string, expected?: Expected, steps?: number): Answer {
  if (typeof value === 'string' && (!expected || expected === 'text')) return text(value, path);
  if (Array.isArray(value) && (!expected || expected === 'list')) return texts(value, path);
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    const isScale = 'value' in record;
    if (isScale && (!expected || expected === 'scale')) {
      if (!isScaleValue(record.value, steps))
        throw new StateError(isScaleValue(record.value) ? 'out-of-range' : 'unreadable', `${path}.value`);
      return { value: record.value, text: text(record.text, `${path}.text`) };
    }
    if (!isScale && (!expected || expected === 'pros-cons'))
      return { pros: texts(record.pros, `${path}.pros`), cons: texts(record.cons, `${path}.cons`) };
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
    const shape = question && shapeOf(question);
    const kind = shape?.kind;
    answers[id] = answer(
      value,
      path,
      kind === 'short' ? 'text' : kind,
      shape?.kind === 'scale' ? shape.steps : undefined,
    );
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
