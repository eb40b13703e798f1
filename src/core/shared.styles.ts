import { css } from 'lit';

/**
 * Styles every Nabij element shares: host defaults that keep `[hidden]` working and inherit the host's
 * typography, focus rings, the visually-hidden helper and the error state. Elements set `--_padding`,
 * `--_radius` and `--_muted` for their own look.
 */
export const sharedStyles = css`
  :host {
    display: block;
    font: inherit;
    line-height: var(--basis-text-line-height-md, 1.5);
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  /* While content loads, an element reserves room (one screen unless the element or page says otherwise), so
     the page below does not jump when the content arrives (cumulative layout shift). */
  :host([aria-busy='true']) {
    min-block-size: var(--_loading-block-size, 0);
  }
  * {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--nabij-focus-outline-color, var(--basis-focus-outline-color, #1a1a80));
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .nabij-error {
    padding: var(--_padding, 1rem);
    border: 2px solid var(--nabij-error-border-color, var(--basis-color-error-border-default, #b00020));
    border-inline-start-width: 0.5rem;
    border-radius: var(--_radius, 0.25rem);
    background: var(--nabij-error-background-color, var(--basis-color-error-bg-subtle, #fdf0f1));
    color: var(--nabij-error-color, var(--basis-color-error-color-document, #5c0011));
  }
  /* Screen-only chrome (filters, tools, answer fields, navigation) is marked with data-screen-only, so the one
     print rule is here and the story runner can tell chrome from content when it checks that print shows all. */
  @media print {
    [data-screen-only] {
      display: none !important;
    }
  }
  @media (forced-colors: active) {
    .nabij-error {
      border-color: CanvasText;
    }
  }
`;
