/**
 * The classic script inlined in a SCORM export (built to dist/embed/scorm-adapter.js): connects the page's
 * element, marked `data-nabij-export` by the export command, to the LMS. Runs before the element's own script,
 * so its listeners are in place before the learner can change anything.
 */
import { connectScorm } from './scorm.js';

const exported = document.querySelector<HTMLElement>('[data-nabij-export]');
if (exported) {
  const session = connectScorm(exported);
  // Says what the adapter found, for support questions ("is the LMS connected?") and for the tests.
  document.documentElement.dataset.nabijScorm = session.api ? 'connected' : 'no-lms';
}
