import { css, html, type TemplateResult } from 'lit';

/**
 * A disclosure (APG): a button with `aria-expanded` that shows or hides the region after it. Closed content
 * stays in the DOM, so print (see disclosureStyles) and find-in-page still reach it.
 */
export function disclosure(options: {
  id: string;
  open: boolean;
  label: string;
  buttonClass: string;
  onToggle: () => void;
  content: unknown;
}): TemplateResult {
  return html`<button
      type="button"
      class="${options.buttonClass} disclosure"
      data-screen-only
      aria-expanded=${options.open ? 'true' : 'false'}
      aria-controls=${options.id}
      @click=${options.onToggle}
    >
      ${options.label}
    </button>
    <div id=${options.id} class="disclosure-content" ?data-open=${options.open}>${options.content}</div>`;
}

/** Styles for `disclosure()`: closed content hidden on screen, everything open in print (the button is screen-only). */
export const disclosureStyles = css`
  /* The triangle is decoration (aria-expanded says open or closed): empty alternative text keeps it out of the
     button's name where CSS supports it; older browsers ignore the second declaration. */
  .disclosure::before {
    content: '▸ ';
    content: '▸ ' / '';
  }
  .disclosure[aria-expanded='true']::before {
    content: '▾ ';
    content: '▾ ' / '';
  }
  .disclosure-content:not([data-open]) {
    display: none;
  }
  @media print {
    .disclosure-content:not([data-open]) {
      display: block;
    }
  }
`;
