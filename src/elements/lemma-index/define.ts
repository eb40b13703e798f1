/**
 * `import 'nabij/lemma-index.js'`: registers `<lemma-index>` as a side effect.
 * For a prefix or a class without registration, import `nabij/elements/lemma-index.js` instead.
 */
import { define } from './lemma-index.js';

define();

export * from './lemma-index.js';
