/**
 * `import 'nabij/lemma-card.js'`: registers `<lemma-card>` as a side effect.
 * For a prefix or a class without registration, import `nabij/elements/lemma-card.js` instead.
 */
import { define } from './lemma-card.js';

define();

export * from './lemma-card.js';
