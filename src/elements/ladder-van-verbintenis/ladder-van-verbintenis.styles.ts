import { css } from 'lit';

/**
 * Tokens `--nabij-ladder-*` fall back to NL Design System `--basis-*` tokens, then to system colours.
 * Each valuation has a colour band, an icon and a word; forced-colours mode keeps the icon and word and draws
 * the band as a border. The ladder is a column drawn bottom-up (`column-reverse`) over a DOM ordered bottom → top.
 */
export const ladderStyles = css`
  :host {
    --_loading-block-size: var(--nabij-ladder-loading-block-size, 100svh);
    --_background: var(--nabij-ladder-background-color, var(--basis-color-default-bg-document, Canvas));
    --_border: var(--nabij-ladder-border-color, var(--basis-color-default-border-default, #767676));
    --_radius: var(--nabij-ladder-border-radius, var(--basis-border-radius-md, 0.5rem));
    --_accent: var(--nabij-ladder-accent-color, var(--basis-color-accent-1-color-document, #0b4f8a));
    --_muted: var(--basis-color-default-color-subtle, #4a4a4a);
    --_padding: 1rem;
    color: var(--nabij-ladder-color, var(--basis-color-default-color-document, CanvasText));
  }
  .tool,
  .nabij-status {
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_padding);
  }
  :is(h2, h3, h4, h5, h6) {
    line-height: 1.25;
    margin-block: 1em 0.5em;
  }
  :is(.tool, .card, .detail) > :first-child {
    margin-block-start: 0;
  }
  p,
  ul,
  dl {
    margin-block: 0 0.75em;
  }
  .muted {
    color: var(--_muted);
  }
  .layout {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    align-items: flex-start;
  }
  .layout > * {
    flex: 1 1 18rem;
    min-inline-size: 0;
  }
  .ladder {
    display: flex;
    flex-direction: column-reverse;
    gap: 0.375rem;
    padding-inline: 0.75rem;
    border-inline: 0.375rem solid var(--_border);
  }
  .rung {
    --_band: var(--nabij-ladder-neutral-color, #5a5a5a);
    display: flex;
    gap: 0.5rem;
    min-block-size: 44px;
    padding: 0.5rem;
    border: 1px solid var(--_border);
    border-inline-start: 0.5rem solid var(--_band);
    border-radius: var(--_radius);
    background: var(--_background);
    cursor: pointer;
  }
  .rung[aria-checked='true'] {
    outline: 2px solid var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  /* Decoration: aria-checked carries the state, so the tick stays out of the name (see disclosure.ts). */
  .rung[aria-checked='true'] .rung__name::after {
    content: ' ✓';
    content: ' ✓' / '';
  }
  .rung--afgewezen {
    --_band: var(--nabij-ladder-rejected-color, #b00020);
  }
  .rung--waardevol {
    --_band: var(--nabij-ladder-valued-color, #1d5f8a);
  }
  .rung--realistisch-ideaal {
    --_band: var(--nabij-ladder-ideal-color, #1e7b34);
  }
  .rung--waardevol-maar-kwetsbaar {
    --_band: var(--nabij-ladder-fragile-color, #8a5a00);
  }
  .rung--problematisch {
    --_band: var(--nabij-ladder-problematic-color, #a33a00);
  }
  .rung__step {
    font-weight: 700;
    min-inline-size: 1.5em;
  }
  .rung__text {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    min-inline-size: 0;
  }
  .rung__name {
    font-weight: 700;
  }
  .rung__valuation {
    color: var(--_band);
    font-weight: 700;
  }
  .marks {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .mark {
    border: 1px solid currentColor;
    border-radius: 1em;
    padding-inline: 0.5em;
  }
  .mark--want {
    border-style: dashed;
  }
  .tally {
    flex-direction: column;
  }
  .tally__bars {
    display: grid;
    gap: 2px;
  }
  .bar {
    display: block;
    block-size: 0.375rem;
    background: var(--_accent);
  }
  .bar--want {
    background: repeating-linear-gradient(90deg, var(--_accent) 0 4px, transparent 4px 6px);
  }
  .panel,
  .background,
  .toolbar {
    margin-block-start: 1rem;
  }
  .cards {
    list-style: none;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
    gap: 0.75rem;
  }
  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    margin-block-end: 0.75rem;
  }
  input,
  select,
  textarea {
    font: inherit;
    min-block-size: 44px;
    max-inline-size: 100%;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 0.25rem;
    background: var(--_background);
    color: inherit;
  }
  .add {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem;
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
    user-select: none;
  }
  .button--quiet {
    background: transparent;
    color: var(--_accent);
  }
  .file:focus-within {
    outline: 3px solid var(--nabij-focus-outline-color, var(--basis-focus-outline-color, #1a1a80));
    outline-offset: 2px;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0 0 0.5em;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .link-field,
  .message {
    flex-basis: 100%;
  }
  .message--alert {
    color: var(--nabij-error-color, var(--basis-color-error-color-document, #5c0011));
    font-weight: 700;
  }
  .attribution {
    margin-block: 1rem 0;
    padding-block-start: 0.5rem;
    border-block-start: 1px solid var(--_border);
  }
  .print-sheet {
    display: none;
  }
  @media (forced-colors: active) {
    .rung {
      border-inline-start-color: CanvasText;
    }
    .rung[aria-checked='true'] {
      outline-color: Highlight;
    }
    .rung__valuation,
    .button--quiet {
      color: CanvasText;
    }
    .button {
      border-color: ButtonText;
    }
    .bar {
      background: CanvasText;
    }
  }
  @media print {
    .tool {
      border: 0;
      padding: 0;
    }
    button {
      display: none;
    }
    .print-sheet {
      display: block;
    }
    .rung {
      break-inside: avoid;
    }
    table {
      border-collapse: collapse;
      inline-size: 100%;
      margin-block-end: 1rem;
    }
    th,
    td {
      border: 1px solid #000;
      padding: 0.25rem;
      text-align: start;
      vertical-align: top;
    }
    .note {
      white-space: pre-wrap;
    }
  }
`;
