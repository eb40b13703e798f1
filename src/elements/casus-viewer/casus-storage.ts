import type { ContentError } from '../../content/errors.js';
import type { Case } from '../../content/schema.js';
import { stateErrorDetail } from '../../core/host-state.js';
import { readStored, writeStored } from '../../core/storage.js';
import { sanitizeAnswers, type Answers } from './answers.js';
import { casusStateFromJson, type CasusHostState } from './casus-state.js';

/*
 * Where a learner's work on a case is kept outside the `<casus-viewer>`: this browser's storage (with
 * `persist="local"`, the answers only) and the state a host keeps, which is checked against the case.
 */

const STORAGE_PREFIX = 'nabij-casus';

/**
 * The answers this browser kept for the case, as far as they still fit its questions; none without
 * `persist="local"`. Undefined when storage was asked for but cannot be read.
 */
export function readStoredAnswers(persist: string, item: Case): Answers | undefined {
  const stored = readStored(persist, `${STORAGE_PREFIX}:${item.id}`);
  if (stored === undefined) return undefined;
  try {
    return sanitizeAnswers(stored && JSON.parse(stored), item);
  } catch {
    return {}; // a damaged entry is ignored, not shown as an error: the learner starts fresh
  }
}

/** Keeps the answers with `persist="local"` (null forgets them); false when storage failed. */
export function storeAnswers(persist: string, caseId: string, answers: Answers | null): boolean {
  return writeStored(persist, `${STORAGE_PREFIX}:${caseId}`, answers && JSON.stringify(answers));
}

/** A state the host set, checked against the case; a refusal comes back as its `nabij-error` detail. */
export function readHostState(input: string | object, item: Case): CasusHostState | ContentError {
  try {
    return casusStateFromJson(input, item);
  } catch (error) {
    return stateErrorDetail(error);
  }
}
