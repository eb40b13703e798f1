import { css } from 'lit';

/**
 * Public tokens `--nabij-lemma-card-*` fall back to NL Design System `--basis-*` tokens, then to system colours,
 * so the card takes on an NLDS theme when the host has one and forced-colours mode works without extra rules.
 * The private `--_*` properties are resolved once here and used below.
 */
export const lemmaCardStyles = css`
  :host {
    --_background: var(--nabij-lemma-card-background-color, var(--basis-color-default-bg-document, Canvas));
    --_color: var(--nabij-lemma-card-color, var(--basis-color-default-color-document, CanvasText));
    --_border-color: var(--nabij-lemma-card-border-color, var(--basis-color-default-border-default, #767676));
    --_border-width: var(--nabij-lemma-card-border-width, 1px);
    --_radius: var(--nabij-lemma-card-border-radius, var(--basis-border-radius-md, 0.5rem));
    --_padding: var(--nabij-lemma-card-padding, var(--basis-space-block-lg, 1.5rem));
    --_accent: var(--nabij-lemma-card-accent-color, var(--basis-color-accent-1-color-document, #0b4f8a));
    --_muted-color: var(--nabij-lemma-card-muted-color, var(--basis-color-default-color-subtle, #4a4a4a));
    --_heading-font: var(--nabij-lemma-card-heading-font-family, var(--basis-heading-font-family, inherit));
    --_heading-weight: var(--nabij-lemma-card-heading-font-weight, var(--basis-heading-font-weight, 700));
    max-inline-size: var(--nabij-lemma-card-max-inline-size, 48rem);
    color: var(--_color);
  }
  .card,
  .nabij-status,
  .nabij-error {
    background: var(--_background);
    border: var(--_border-width) solid var(--_border-color);
    border-radius: var(--_radius);
    padding: var(--_padding);
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-family: var(--_heading-font);
    font-weight: var(--_heading-weight);
    line-height: 1.25;
    margin-block: 1.25em 0.5em;
  }
  .header > :is(h2, h3, h4, h5, h6) {
    margin-block: 0 0.25em;
    font-size: 1.5em;
  }
  .header :focus {
    outline-offset: 4px;
  }
  .cluster {
    margin-block: 0 0.5em;
    color: var(--_accent);
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .cluster__note {
    text-transform: none;
    letter-spacing: normal;
    font-weight: 400;
    color: var(--_muted-color);
  }
  .byline,
  .attribution {
    color: var(--_muted-color);
    margin-block: 0 1em;
  }
  .attribution {
    margin-block-start: 1.5em;
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--_border-color);
  }
  .summary > :first-child {
    margin-block-start: 0;
  }
  .concepts {
    margin: 0;
    display: grid;
    gap: 0.75em;
  }
  .concept dt {
    font-weight: 700;
  }
  .concept dd {
    margin: 0;
  }
  .references,
  .related {
    padding-inline-start: 1.25em;
  }
  .related {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  a,
  .link-button {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .link-button {
    font: inherit;
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
    text-align: start;
  }
  .lemma-link--target {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
    min-inline-size: 44px;
    padding-inline: 0.75em;
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
  }
  ::slotted(*) {
    margin-block-start: 1em;
  }
  :host(:not([variant='full'])) .extra {
    display: none;
  }
  @media (forced-colors: active) {
    .link-button,
    a {
      color: LinkText;
    }
    .cluster {
      color: CanvasText;
    }
  }
  @media print {
    :host {
      max-inline-size: none;
      color: #000;
    }
    .card {
      border: 0;
      padding: 0;
    }
    /* Print shows everything: the compact variant's hidden parts come back, interactive chrome goes. */
    :host(:not([variant='full'])) .extra,
    .extra {
      display: block;
    }
    .link-button,
    .lemma-link--target {
      color: inherit;
      text-decoration: none;
      border: 0;
      padding: 0;
      min-block-size: 0;
    }
    a {
      color: inherit;
    }
  }
`;
