/**
 * Reading progress of a `<lemma-card>`: whether the end of the card has been on screen, and the host state
 * built on it. Loaded after the card is shown, so the card itself renders without waiting for this code.
 */
export { lemmaStateFromJson } from './lemma-state.js';
export { stateErrorDetail } from '../../core/host-state.js';
export { lemmaCardText } from '../../i18n/nl/lemma-card.js';

/**
 * Calls `onEnd` once the element (the card's last line) has been at least partly in the viewport, then stops.
 * Scrolled to the end, or a card short enough to show whole: both mean the reader had all of it in front of them.
 * Returns a function that stops watching (the card calls it when it leaves the page or shows another lemma).
 */
export function watchEnd(end: Element, onEnd: () => void): () => void {
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    onEnd();
  });
  observer.observe(end);
  return () => observer.disconnect();
}
