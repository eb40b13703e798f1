/** Where an element's content came from: the `content` property, inline JSON, a `src` URL or the built-in set. */
export type ContentOrigin = 'property' | 'inline' | 'src' | 'builtin';

/** One problem in a content item, with the path of the field (`keyConcepts[2].term`). */
export interface ContentIssue {
  path: string;
  /** Message key (`expected.slug`, `expected-received`) and its parameters, shown in the element's language. */
  key: string;
  params?: Record<string, string | number>;
}

export type ContentErrorCode =
  | 'no-content'
  | 'not-found'
  | 'invalid-json'
  | 'invalid-content'
  | 'fetch-failed'
  | 'timeout'
  /** A state set through an element's `state` property was refused; `issues[0].path` names the field. */
  | 'invalid-state';

/** Why content could not be shown. Plain data, so it can travel in an event detail and be logged. */
export interface ContentError {
  code: ContentErrorCode;
  origin?: ContentOrigin;
  /** Issue list for `invalid-content`; empty otherwise. */
  issues: ContentIssue[];
  /** Parameters for the code's message (`{ id }`, `{ status }`, `{ seconds }`, `{ detail }`). */
  params?: Record<string, string | number>;
}
