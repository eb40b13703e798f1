/**
 * Why a saved state (a host's, a file's, a link's) was refused. `path` names the field (`answers.vraag-1`,
 * `places[0].now`), so whoever stored it can find what is wrong; the element keeps what it had.
 */
export type StateErrorReason =
  'unreadable' | 'other-item' | 'other-ladder' | 'unknown-rung' | 'unknown-question' | 'out-of-range' | 'too-large';

export class StateError extends Error {
  readonly reason: StateErrorReason;
  readonly path: string;
  constructor(reason: StateErrorReason, path = '') {
    super(path ? `${reason} at ${path}` : reason);
    this.name = 'StateError';
    this.reason = reason;
    this.path = path;
  }
}
