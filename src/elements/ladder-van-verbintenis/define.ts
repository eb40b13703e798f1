/**
 * `import 'nabij/ladder-van-verbintenis.js'`: registers `<ladder-van-verbintenis>` as a side effect.
 * For a prefix or a class without registration, import `nabij/elements/ladder-van-verbintenis.js` instead.
 */
import { define } from './ladder-van-verbintenis.js';

define();

export * from './ladder-van-verbintenis.js';
