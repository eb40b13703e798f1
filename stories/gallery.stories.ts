import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/elements/casus-index/define.js';
import '../src/elements/casus-viewer/define.js';
import '../src/elements/ladder-van-verbintenis/define.js';
import '../src/elements/lemma-card/define.js';
import '../src/elements/lemma-index/define.js';
import '../src/elements/lemma-term/define.js';

/**
 * Every element on one page, in its default state with built-in content: what a reviewer looks over before a
 * release. Only what an element cannot do without is set (which lemma, which case). The tag `gallery` makes
 * `scripts/check/smoke-stories.mjs` save it as full-page screenshots at 1280 and 360 CSS px in `reports/gallery/`.
 */
const meta: Meta = {
  title: 'Review/Gallery',
  // No docs page: the story itself is the review page, and a docs page would render every element twice.
  tags: ['!autodocs', 'gallery'],
};
export default meta;

/** One element under its tag name, so a screenshot says which element is which. */
const entry = (tag: string, element: TemplateResult) =>
  html`<section style="margin-block-end: 3rem">
    <p style="margin: 0 0 0.5rem; color: #4a4a4a"><code>&lt;${tag}&gt;</code></p>
    ${element}
  </section>`;

export const Gallery: StoryObj = {
  name: 'Every element, default state',
  render: () =>
    html`<div style="font-family: system-ui, sans-serif; line-height: 1.5">
      ${entry('lemma-card', html`<lemma-card lemma="sociale-basis"></lemma-card>`)}
      ${entry('ladder-van-verbintenis', html`<ladder-van-verbintenis></ladder-van-verbintenis>`)}
      ${entry('casus-viewer', html`<casus-viewer casus="1"></casus-viewer>`)}
      ${entry('casus-index', html`<casus-index></casus-index>`)}
      ${
        // url-state="off" as in the lemma-index stories: the Storybook frame's address is not the page's.
        entry('lemma-index', html`<lemma-index url-state="off"></lemma-index>`)
      }
      ${entry(
        'lemma-term',
        html`<p style="max-inline-size: 40rem; margin: 0">
          Op het plein groeten buren elkaar en maken ze een praatje: een vorm van
          <lemma-term lemma="alledaagse-attentheid">alledaagse attentheid</lemma-term>. Wie daar vaak komt, leert
          gezichten kennen, ook zonder namen:
          <lemma-term term="publieke familiariteit">publieke familiariteit</lemma-term>.
        </p>`,
      )}
    </div>`,
};
