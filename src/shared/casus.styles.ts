import { css } from 'lit';

/**
 * The look the casebook elements share (`<casus-viewer>`, `<casus-index>`): the `--nabij-casus-*` tokens, which
 * fall back to NL Design System `--basis-*` tokens and then to system colours; the card, headings, lead, part
 * label and buttons. In print the card loses its frame.
 */
export const casusStyles = css`
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
  .lead {
    font-weight: 700;
    padding-inline-start: 0.75rem;
    border-inline-start: 0.25rem solid var(--_accent);
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
  }
`;
