/**
 * Opt-in storage: elements keep state in localStorage only when the page author asked for it with
 * `persist="local"`, and never let a full, blocked or missing storage break the element.
 */
export type PersistMode = '' | 'local';

/** The stored text, `null` when nothing is stored, or `undefined` when storage cannot be read. */
export function readStored(persist: string, key: string): string | null | undefined {
  if (persist !== 'local') return null;
  try {
    return localStorage.getItem(key);
  } catch {
    return undefined;
  }
}

/** Stores (or with `null` removes) a value; false when storage refused (full, blocked, private mode). */
export function writeStored(persist: string, key: string, value: string | null): boolean {
  if (persist !== 'local') return true;
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
