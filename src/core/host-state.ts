/**
 * The states a host keeps for a learner on its own server (a CMS or LMS plugin, a SCORM adapter): one per
 * interactive element, plain JSON with a `format`, a `version` and whether the learner `completed` the item.
 * Elements report theirs with `nabij-change` (`{ state }`) and take one back through their `state` property.
 */
import type { ContentError } from '../content/errors.js';
import { StateError } from './state-error.js';

/**
 * What every element's state has; each element declares its own state type on top of it (`CasusHostState` in
 * casus-state.ts, `LadderHostState` in ladder-state.ts, `LemmaHostState` in lemma-state.ts).
 */
export interface HostStateHeader {
  format: string;
  version: 1;
  completed: boolean;
}

/** A state given as JSON text or as the object itself; text that is no JSON is refused. */
export function parseStateInput(json: string | object): unknown {
  if (typeof json !== 'string') return json;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    throw new StateError('unreadable');
  }
}

/** Checks the fields every state has; returns the object to read the rest from. */
export function readStateHeader(input: unknown, format: string): Record<string, unknown> {
  if (!input || typeof input !== 'object' || Array.isArray(input)) throw new StateError('unreadable');
  const record = input as Record<string, unknown>;
  if (record.format !== format) throw new StateError('unreadable', 'format');
  if (record.version !== 1) throw new StateError('unreadable', 'version');
  if (typeof record.completed !== 'boolean') throw new StateError('unreadable', 'completed');
  return record;
}

/** Refusals become the same `nabij-error` shape as content errors: code `invalid-state`, the field in `issues`. */
export function stateErrorDetail(error: unknown): ContentError {
  const reason = error instanceof StateError ? error.reason : 'unreadable';
  const path = error instanceof StateError ? error.path : '';
  return { code: 'invalid-state', issues: [{ path, key: `state.${reason}` }], params: { reason } };
}
