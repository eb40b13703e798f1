import type { ContentError, ContentOrigin } from '../content/errors.js';
import type { NabijStatement } from './statements.js';
import type { HostStateHeader } from './host-state.js';

export type { ContentOrigin };

/** Detail of `nabij-error`: what went wrong, where, and which content source was used. */
export type NabijErrorDetail = ContentError;

/** Detail of `nabij-navigate`: the lemma (or other item) the user chose, and the link if the host gave a template. */
export interface NabijNavigateDetail {
  kind: 'lemma' | 'case';
  id: string;
  href?: string;
}

/** Detail of `nabij-load`: the content that was validated and is now shown. */
export interface NabijLoadDetail {
  id: string;
  origin: ContentOrigin;
}

/** Detail of `nabij-change`: the element's whole state, JSON-serialisable, for a host to save and set back later. */
export interface NabijChangeDetail<State extends HostStateHeader = HostStateHeader> {
  state: State;
}

/** Every Nabij event and its detail; elements add their own events by augmenting this interface. */
export interface NabijEvents {
  'nabij-error': NabijErrorDetail;
  'nabij-navigate': NabijNavigateDetail;
  'nabij-load': NabijLoadDetail;
  'nabij-statement': NabijStatement;
  'nabij-change': NabijChangeDetail;
}

declare global {
  interface HTMLElementEventMap {
    'nabij-error': CustomEvent<NabijErrorDetail>;
    'nabij-navigate': CustomEvent<NabijNavigateDetail>;
    'nabij-load': CustomEvent<NabijLoadDetail>;
    'nabij-statement': CustomEvent<NabijStatement>;
    'nabij-change': CustomEvent<NabijChangeDetail>;
  }
}

/**
 * Dispatches a Nabij event. Events bubble and are composed so a host page can listen once on `document`,
 * also when the element sits inside another component's shadow root.
 * Returns false when a listener called `preventDefault()` on a cancelable event.
 */
export function emit<K extends keyof NabijEvents>(
  target: EventTarget,
  type: K,
  detail: NabijEvents[K],
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}
