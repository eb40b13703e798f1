/**
 * `import 'nabij/lemma-term.js'`: registers `<lemma-term>` as a side effect.
 * For a prefix or a class without registration, import `nabij/elements/lemma-term.js` instead.
 */
import { define } from './lemma-term.js';

define();

export * from './lemma-term.js';
