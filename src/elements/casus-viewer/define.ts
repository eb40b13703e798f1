/**
 * `import 'nabij/casus-viewer.js'`: registers `<casus-viewer>` as a side effect.
 * For a prefix or a class without registration, import `nabij/elements/casus-viewer.js` instead.
 */
import { define } from './casus-viewer.js';

define();

export * from './casus-viewer.js';
