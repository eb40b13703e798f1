import { css } from 'lit';

/** `<lemma-term>`'s look: the word, its popover and, in print, the note. */
export const lemmaTermStyles = css`
  :host {
    display: inline;
    /* Inside running text: keep the paragraph's line height, so lines do not move when the term upgrades. */
    line-height: inherit;
    --_accent: var(--nabij-lemma-term-accent-color, var(--basis-color-accent-1-color-document, #0b4f8a));
  }
  .trigger {
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    padding: 0;
    cursor: help;
    text-decoration: underline dotted var(--_accent);
    text-decoration-thickness: 2px;
    text-underline-offset: 0.2em;
    anchor-name: --nabij-term;
  }
  .popover {
    margin: 0;
    inset: auto;
    position: fixed;
    max-inline-size: min(var(--nabij-lemma-term-popover-max-inline-size, 22rem), calc(100vw - 1rem));
    max-block-size: calc(100vh - 1rem);
    overflow-y: auto;
    padding: 0.75rem 1rem;
    border: 1px solid var(--basis-color-default-border-default, #767676);
    border-radius: var(--basis-border-radius-md, 0.5rem);
    background: var(--basis-color-default-bg-document, Canvas);
    color: var(--basis-color-default-color-document, CanvasText);
    box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 0.2);
    font-size: 1rem;
    line-height: 1.5;
  }
  .popover.anchored {
    position-anchor: --nabij-term;
    position-area: block-end span-inline-end;
    position-try-fallbacks: flip-block, flip-inline;
    margin-block: 0.25rem;
  }
  /* Only for readers who have not asked for less motion: a short fade and slide, so the bubble is seen arriving. */
  @media (prefers-reduced-motion: no-preference) {
    .popover:popover-open {
      animation: nabij-term-in 0.12s ease-out;
    }
  }
  @keyframes nabij-term-in {
    from {
      opacity: 0;
      translate: 0 -0.25rem;
    }
  }
  .popover p {
    margin: 0 0 0.5em;
  }
  .popover a {
    color: var(--_accent);
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
  }
  .note {
    display: none;
  }
  @media print {
    .trigger {
      text-decoration: none;
    }
    .note {
      display: inline;
      font-size: 0.85em;
    }
  }
`;
