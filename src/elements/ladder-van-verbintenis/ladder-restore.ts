import type { Ladder } from '../../content/schema.js';
import { writeStored } from '../../core/storage.js';
import { ladderStateToJson, type LadderHostState } from './ladder-state.js';
import type { ReadResult, StateRead } from './ladder-state-io.js';
import { initialSources, storageKey } from './ladder-sharing.js';

/*
 * How `<ladder-van-verbintenis>` takes a state it is given (a file, a link, what this browser stored, the
 * host's `state`) and in which order, and keeps its state in this browser. The checks live in ladder-state-io,
 * which loads with the first state to read: a page that only shows the ladder never downloads the validator.
 */

type IoModule = typeof import('./ladder-state-io.js');
export const loadIo = (): Promise<IoModule> => import('./ladder-state-io.js');

/** What of the element the order depends on (its public `ladderData`, `id` and `persist`). */
interface RestoreHost {
  readonly ladderData: Ladder | undefined;
  readonly id: string;
  readonly persist: string;
}

export class LadderRestore {
  readonly #host: RestoreHost;
  /** Replaces the element's state with what was read, or shows the refusal; true when it was accepted. */
  readonly #apply: (result: ReadResult) => boolean;
  /** A state the host set: applied once the ladder is here and the link or stored state was read. */
  #pending?: string | object;
  /** Reading the fragment or stored state, which a host state waits for (so it is not overwritten by it). */
  #initial?: Promise<unknown>;

  constructor(host: RestoreHost, apply: (result: ReadResult) => boolean) {
    this.#host = host;
    this.#apply = apply;
  }

  /** Keeps a host state until it can be checked against the ladder. */
  setPending(value: string | object): void {
    this.#pending = value;
    if (this.#host.ladderData) void this.#applyPending();
  }

  /** Stores the state with `persist="local"`; false when that failed. */
  save(state: LadderHostState): boolean {
    // With the completion, so a reload does not report the ladder completed a second time.
    return writeStored(this.#host.persist, storageKey(state.ladder, this.#host.id), ladderStateToJson(state));
  }

  /**
   * Once the ladder is here: its state from the URL fragment, else from storage (with `persist="local"`); then
   * a host state set meanwhile. False when storage was asked for but cannot be read.
   */
  start(ladder: Ladder): boolean {
    const { fragment, stored } = initialSources(this.#host.id, this.#host.persist, ladder.id);
    this.#initial = fragment
      ? this.read((io) => io.stateFromFragment(fragment, ladder))
      : stored
        ? this.read((io) => io.hostStateFromJson(stored, ladder, true))
        : undefined;
    void this.#applyPending();
    return stored !== undefined;
  }

  async #applyPending(): Promise<void> {
    await this.#initial;
    const input = this.#pending;
    const ladder = this.#host.ladderData;
    this.#pending = undefined;
    if (input === undefined || !ladder) return;
    await this.read((io) => io.hostStateFromJson(input, ladder));
  }

  /** Reads a state with one of ladder-state-io's readers, and gives the element what it read or why not. */
  async read(read: (io: IoModule) => StateRead): Promise<boolean> {
    const io = await loadIo();
    return this.#apply(io.readState(() => read(io)));
  }
}
