/**
 * `import 'nabij/casus-index.js'`: registers `<casus-index>` as a side effect.
 * For a prefix or a class without registration, import `nabij/elements/casus-index.js` instead.
 */
import { define } from './casus-index.js';

define();

export * from './casus-index.js';
