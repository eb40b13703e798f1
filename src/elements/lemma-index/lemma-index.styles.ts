import { css } from 'lit';

/** `<lemma-index>`'s own look, on top of the shared index styles (shared/index.styles.ts). */
export const lemmaIndexStyles = css`
  :host {
    --_loading-block-size: var(--nabij-lemma-index-loading-block-size, 100svh);
    --_accent: var(--nabij-lemma-index-accent-color, var(--basis-color-accent-1-color-document, #0b4f8a));
    --_border: var(--nabij-lemma-index-border-color, var(--basis-color-default-border-default, #767676));
    --_radius: var(--basis-border-radius-md, 0.5rem);
    --_muted: var(--basis-color-default-color-subtle, #4a4a4a);
    max-inline-size: var(--nabij-lemma-index-max-inline-size, 52rem);
  }
  .controls {
    display: grid;
    gap: 0.25rem;
    margin-block-end: 1rem;
  }
  .muted {
    color: var(--_muted);
  }
  .letter {
    margin-block: 1rem 0.25rem;
  }
  .result {
    border-block-end: 1px solid var(--_border);
    padding-block: 0.25rem 0.5rem;
  }
  .result p {
    margin: 0;
  }
  mark {
    background: var(--nabij-lemma-index-highlight-background-color, #fff0a8);
    color: inherit;
  }
  .back {
    font: inherit;
    min-block-size: 44px;
    padding: 0.25rem 0.875rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    cursor: pointer;
    margin-block-end: 1rem;
  }
  @media (forced-colors: active) {
    mark {
      background: Mark;
      color: MarkText;
    }
  }
  dd {
    margin: 0 0 0.5em;
  }
`;
