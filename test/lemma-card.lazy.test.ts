import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/lemma-card/define.js';
import type { LemmaCard } from '../src/elements/lemma-card/lemma-card.js';
import { settled, shadow, until, visibleText } from './helpers.js';

/** Module files the page has requested so far (the test server serves each source module as its own file). */
function requested(fragment: string): boolean {
  return performance.getEntriesByType('resource').some((entry) => entry.name.includes(fragment));
}

// Runs in a page of its own (one test file per page), so nothing else has loaded these modules yet.
describe('<lemma-card> loads only what a page needs', () => {
  it('shows a built-in lemma without the validator, the error report or the English strings', async () => {
    const el = await fixture<LemmaCard>(html`<lemma-card lemma="wederkerigheid"></lemma-card>`);
    await settled(el);
    expect(visibleText(shadow(el).querySelector('[part="title"]'))).to.equal('Lemma: Wederkerigheid');
    expect(requested('/src/generated/lemmas/wederkerigheid.ts')).to.equal(true);
    expect(requested('/src/generated/lemmas/sociale-basis.ts')).to.equal(false);
    expect(requested('/src/content/validators/lemma.ts')).to.equal(false);
    expect(requested('/src/core/error-report.ts')).to.equal(false);
    expect(requested('/src/i18n/en/shared.ts')).to.equal(false);
  });

  it('loads the validator for publisher content, and the English strings for lang="en"', async () => {
    const el = await fixture<LemmaCard>(html`<lemma-card lang="en"></lemma-card>`);
    el.content = {
      type: 'lemma',
      id: 'eigen',
      lang: 'nl',
      contentVersion: '1.0.0',
      title: 'Eigen lemma',
      authors: [],
      summary: 'Tekst.',
      keyConcepts: [{ term: 'Begrip', explanation: 'Uitleg.' }],
      source: { publication: 'Eigen uitgave', year: '2025', locator: 'p. 1' },
    };
    await until(() => visibleText(shadow(el).querySelector('[part="title"]')) === 'Lemma: Eigen lemma');
    expect(requested('/src/content/validators/lemma.ts')).to.equal(true);
    await until(() => visibleText(shadow(el).querySelector('#concepts-heading')) === 'Key concepts');
    expect(requested('/src/i18n/en/shared.ts')).to.equal(true);
  });
});
