import { readStored } from '../../core/storage.js';

/*
 * Where a ladder's state travels outside the element: the link fragment, the clipboard and this browser's
 * storage. Several ladders on one page keep apart by their element id.
 */

const STORAGE_PREFIX = 'nabij-ladder';

/** The fragment key: `nabij-ladder`, or `nabij-ladder-<id>` when the element has an id (several on a page). */
export function fragmentKey(elementId: string): string {
  return elementId ? `${STORAGE_PREFIX}-${elementId}` : STORAGE_PREFIX;
}

/** The localStorage key of one ladder in one element (`persist="local"`). */
export function storageKey(ladderId: string, elementId: string): string {
  return `${STORAGE_PREFIX}:${ladderId}:${elementId || 'standaard'}`;
}

/**
 * Puts a link to this page with the state in its fragment on the clipboard. Resolves to '' when it is there,
 * or to the link itself when there is no clipboard (an LMS iframe without permission, an old browser), for the
 * reader to copy by hand.
 */
export async function copyShareLink(elementId: string, fragment: string): Promise<string> {
  const url = new URL(location.href);
  url.hash = `${fragmentKey(elementId)}=${fragment}`;
  try {
    await navigator.clipboard.writeText(url.href);
    return '';
  } catch {
    return url.href;
  }
}

/**
 * Where a ladder's first state comes from: the link's fragment first, else storage. `stored` is undefined when
 * storage was asked for but cannot be read.
 */
export function initialSources(
  elementId: string,
  persist: string,
  ladderId: string,
): { fragment: string | null; stored: string | null | undefined } {
  return {
    fragment: new URLSearchParams(location.hash.slice(1)).get(fragmentKey(elementId)),
    stored: readStored(persist, storageKey(ladderId, elementId)),
  };
}
