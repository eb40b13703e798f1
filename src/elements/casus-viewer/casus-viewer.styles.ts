import { css } from 'lit';

/**
 * `<casus-viewer>`'s own styles, on top of the shared casebook look (shared/casus.styles.ts): questions, answer
 * fields, reveal and discussion mode. Print shows the whole case (every section, also the ones not yet opened)
 * with the learner's answers as text.
 */
export const casusViewerStyles = css`
  .meta > :is(h2, h3, h4, h5, h6) {
    margin-block: 0 0.5em;
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
  @media print {
    .print-only,
    .print-answer {
      display: block;
    }
    .question {
      break-inside: avoid;
    }
  }
`;
