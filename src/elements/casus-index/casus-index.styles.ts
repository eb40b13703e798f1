import { css } from 'lit';

/** `<casus-index>`'s own look, on top of the shared casebook and index styles (shared/casus.styles.ts, shared/index.styles.ts). */
export const casusIndexStyles = css`
  :host {
    --_entry-gap: 0.75rem;
  }
  input {
    inline-size: 100%;
  }
  .filters {
    display: grid;
    gap: 0.75rem;
    margin-block-end: 1rem;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    border: 0;
    padding: 0;
  }
  .chip[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_background);
  }
  /* Decoration: aria-pressed carries the state, so the tick stays out of the name (see disclosure.ts). */
  .chip[aria-pressed='true']::before {
    content: '✓ ';
    content: '✓ ' / '';
  }
  .chip {
    background: transparent;
    color: var(--_accent);
    border-radius: 1.5rem;
  }
  .entry {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
  }
  .entry :is(h3, h4, h5, h6) {
    margin-block: 0 0.25rem;
  }
`;
