import { css } from 'lit';

/**
 * What the index elements (`<lemma-index>`, `<casus-index>`) share: the filter fields, the result list and the
 * link-like button that opens an entry in place. Each element sets `--_accent`, `--_border` and `--_background`.
 */
export const indexStyles = css`
  input,
  select {
    font: inherit;
    min-block-size: 44px;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 0.25rem;
    background: var(--_background, var(--basis-color-default-bg-document, Canvas));
    color: inherit;
    max-inline-size: 100%;
  }
  .results {
    list-style: none;
    padding: 0;
    margin: 0 0 1rem;
    display: grid;
    gap: var(--_entry-gap, 0.5rem);
  }
  .open {
    font: inherit;
    font-weight: 700;
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
    background: none;
    border: 0;
    padding: 0;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
    text-align: start;
  }
  a.open {
    color: var(--_accent);
  }
  dt {
    font-weight: 700;
  }
`;
