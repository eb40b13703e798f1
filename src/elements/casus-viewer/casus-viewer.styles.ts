import { css } from 'lit';

/**
 * Tokens `--nabij-casus-*` fall back to NL Design System `--basis-*` tokens, then to system colours.
 * Print shows the whole case (every section, also the ones not yet opened) with the learner's answers as text.
 */
export const casusViewerStyles = css`
  :host {
    --_loading-block-size: var(--nabij-casus-loading-block-size, 100svh);
    --_background: var(--nabij-casus-background-color, var(--basis-color-default-bg-document, Canvas));
    --_border: var(--nabij-casus-border-color, var(--basis-color-default-border-default, #767676));
    --_radius: var(--nabij-casus-border-radius, var(--basis-border-radius-md, 0.5rem));
    --_accent: var(--nabij-casus-accent-color, var(--basis-color-accent-1-color-document, #0b4f8a));
    --_muted: var(--basis-color-default-color-subtle, #4a4a4a);
    --_padding: 1.25rem;
    max-inline-size: var(--nabij-casus-max-inline-size, 52rem);
    color: var(--nabij-casus-color, var(--basis-color-default-color-document, CanvasText));
  }
  .case,
  .nabij-status {
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_padding);
  }
  :is(h2, h3, h4, h5, h6) {
    line-height: 1.25;
    margin-block: 1.25em 0.5em;
  }
  :is(h2, h3, h4, h5, h6):focus {
    outline-offset: 4px;
  }
  .meta > :is(h2, h3, h4, h5, h6) {
    margin-block: 0 0.5em;
  }
  p,
  ul,
  ol,
  dl {
    margin-block: 0 0.75em;
  }
  .muted,
  .part {
    color: var(--_muted);
  }
  .part {
    margin: 0 0 0.25em;
    font-weight: 700;
  }
  .facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
  }
  .lead {
    font-weight: 700;
    padding-inline-start: 0.75rem;
    border-inline-start: 0.25rem solid var(--_accent);
  }
  .reveal,
  .tools,
  .slide-nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-block: 1rem;
  }
  .reveal > p,
  .tools > p {
    flex-basis: 100%;
    margin: 0;
  }
  .question-list {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 1rem;
  }
  .question {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 1rem;
  }
  .question > :first-child {
    margin-block-start: 0;
  }
  .answer {
    display: grid;
    gap: 0.25rem;
  }
  .pros-cons {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: 1rem;
  }
  fieldset {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  legend {
    font-weight: 700;
  }
  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
  }
  .scale-option {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-block-size: 44px;
  }
  .scale input {
    inline-size: 1.25rem;
    min-block-size: 1.25rem;
    margin: 0;
  }
  .scale-end {
    color: var(--_muted);
  }
  input,
  textarea {
    font: inherit;
    inline-size: 100%;
    min-block-size: 44px;
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 0.25rem;
    background: var(--_background);
    color: inherit;
  }
  .hint {
    margin: 0;
    color: var(--_muted);
  }
  .hint--over,
  .message--alert {
    color: var(--nabij-error-color, var(--basis-color-error-color-document, #5c0011));
    font-weight: 700;
  }
  .button {
    font: inherit;
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
    min-inline-size: 44px;
    padding: 0.25rem 0.875rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_background);
    cursor: pointer;
  }
  .button--quiet {
    background: transparent;
    color: var(--_accent);
  }
  .button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  a {
    color: var(--_accent);
  }
  .attribution {
    margin-block: 1rem 0;
    padding-block-start: 0.5rem;
    border-block-start: 1px solid var(--_border);
  }
  .print-only,
  .print-answer {
    display: none;
  }
  :host([mode='discussion']) {
    max-inline-size: none;
  }
  .discussion {
    font-size: var(--nabij-casus-discussion-font-size, 1.75rem);
  }
  .discussion .slide {
    min-block-size: 50vh;
  }
  .slide-count {
    margin: 0;
  }
  .keys {
    font-size: 1rem;
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .lead {
      border-color: CanvasText;
    }
  }
  @media print {
    :host {
      max-inline-size: none;
    }
    .case {
      border: 0;
      padding: 0;
    }
    .print-only,
    .print-answer {
      display: block;
    }
    .question {
      break-inside: avoid;
    }
  }
`;
