import type { ValidationResult } from './validate.js';

/**
 * Where an element's items of one content type come from: built-in items by id, and publisher content (property,
 * inline JSON, `src`) through the type's validator. A content element names its source once
 * (`static contentSource = lemmaSource`); the base does the rest. The build writes each source beside its type's
 * loaders (src/generated/<type>-source.ts, from the type's descriptor), so an element's bundle takes only the
 * loaders it uses.
 */
export interface ContentSource<T> {
  /** First part of the activity path in `experienced` statements: `lemma` gives `['lemma', id]`. */
  activity: string;
  /** The built-in item's data, or undefined when there is no such id. */
  load(id: string): Promise<unknown>;
  /** Checks publisher content. Loads the validator on first use: pages with built-in items only never download it. */
  validate(input: unknown): Promise<ValidationResult<T>>;
}
