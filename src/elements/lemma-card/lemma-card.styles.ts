import { css } from 'lit';

/**
 * Public tokens `--nabij-lemma-card-*` fall back to NL Design System `--basis-*` tokens, then to system colours,
 * so the card takes on an NLDS theme when the host has one and forced-colours mode needs few extra rules.
 * The private `--_*` properties are resolved once on the host and used below (and by the shared styles).
 */
export const lemmaCardStyles = css`
  :host {
    --_loading-block-size: var(--nabij-lemma-card-loading-block-size, 100svh);
    --_background: var(--nabij-lemma-card-background-color, var(--basis-color-default-bg-document, Canvas));
    --_border: var(--nabij-lemma-card-border-color, var(--basis-color-default-border-default, #767676));
    --_radius: var(--nabij-lemma-card-border-radius, var(--basis-border-radius-md, 0.5rem));
    --_padding: var(--nabij-lemma-card-padding, var(--basis-space-block-lg, 1.5rem));
    --_accent: var(--nabij-lemma-card-accent-color, var(--basis-color-accent-1-color-document, #0b4f8a));
    --_muted: var(--nabij-lemma-card-muted-color, var(--basis-color-default-color-subtle, #4a4a4a));
    max-inline-size: var(--nabij-lemma-card-max-inline-size, 48rem);
    color: var(--nabij-lemma-card-color, var(--basis-color-default-color-document, CanvasText));
  }
  .card,
  .nabij-status {
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_padding);
  }
  :is(h2, h3, h4, h5, h6) {
    font-family: var(--nabij-lemma-card-heading-font-family, var(--basis-heading-font-family, inherit));
    line-height: 1.25;
    margin-block: 1.25em 0.5em;
  }
  header > :is(h2, h3, h4, h5, h6) {
    margin-block: 0 0.25em;
    font-size: 1.5em;
  }
  p,
  ul {
    margin-block: 0 1em;
  }
  .cluster {
    color: var(--_accent);
    font-weight: 700;
    text-transform: uppercase;
  }
  .note {
    text-transform: none;
    font-weight: 400;
  }
  .muted {
    color: var(--_muted);
  }
  .subtitle {
    margin-block-end: 0.5em;
    font-style: italic;
  }
  .attribution {
    margin-block: 1.5em 0;
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--_border);
  }
  dl {
    display: grid;
    gap: 0.75em;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
  }
  .related {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  a,
  .link {
    color: var(--_accent);
    text-decoration: underline;
  }
  .link {
    font: inherit;
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
    text-align: start;
  }
  .target {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
    min-inline-size: 44px;
    padding-inline: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  ::slotted(*) {
    margin-block-start: 1em;
  }
  :host(:not([variant='full'])) .extra {
    display: none;
  }
  @media (forced-colors: active) {
    a,
    .link {
      color: LinkText;
    }
  }
  @media print {
    /* Print shows everything: the compact variant's hidden parts come back, interactive chrome goes. */
    :host(:not([variant='full'])) .extra {
      display: block;
    }
    .card {
      border: 0;
      padding: 0;
    }
    a,
    .link,
    .target {
      color: inherit;
      text-decoration: none;
      border: 0;
      padding: 0;
    }
  }
`;
