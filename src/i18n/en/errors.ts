import type { ErrorMessageKey } from '../nl/errors.js';

/** English texts of the content error report (see ../nl/errors.ts). */
export const messages: Record<ErrorMessageKey, string> = {
  title: 'This content cannot be shown',
  help: 'The rest of the page still works. Please tell the person who maintains this page.',
  origin: 'Content came from',
  property: 'content property',
  inline: 'JSON in the page',
  src: 'address (src)',
  builtin: 'built-in content',
  'no-content': 'No content given. Use the lemma or src attribute, or put JSON inside the element.',
  'not-found': 'There is no built-in content with the id “{id}”.',
  'invalid-json': 'The JSON cannot be read: {detail}',
  'fetch-failed': 'The address returned an error: {detail}',
  'fetch-network': 'The address could not be fetched.',
  timeout: 'The address did not answer within {seconds} seconds.',
  'expected-received': 'expected {expected}, found {received}',
  more: 'and {count} more errors',
  'expected.slug': 'an id of lowercase letters, digits and hyphens (for example sociale-basis)',
  'expected.safe-url': 'an http(s), mailto or relative address',
  'expected.lang': 'a language code such as nl or en',
  'expected.non-empty': 'a non-empty text',
  'expected.version': 'a version number such as 1.0.0',
  'expected.at-least-one': 'at least one item',
  'expected.required': 'this required field is missing',
  'expected.at-least-two': 'at least two items',
};
