import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/lemma-index/define.js';
import type { LemmaIndex } from '../src/elements/lemma-index/lemma-index.js';
import { settled, shadow, until, visibleText } from './helpers.js';

/** Module files the page has requested so far (the test server serves each source module as its own file). */
function requested(fragment: string): boolean {
  return performance.getEntriesByType('resource').some((entry) => entry.name.includes(fragment));
}

// Runs in a page of its own (one test file per page), so nothing else has loaded these modules yet.
describe('<lemma-index> loads only what a page needs', () => {
  it('shows the list without the search texts and the search library, and fetches both when the field gets focus', async () => {
    const el = await fixture<LemmaIndex>(html`<lemma-index url-state="off"></lemma-index>`);
    await settled(el);
    expect(shadow(el).querySelectorAll('[data-lemma]')).to.have.length(33);
    expect(requested('/src/generated/search/nabijheid-en-sociaal-werk-search.ts')).to.equal(true);
    expect(requested('search-texts.ts')).to.equal(false);
    expect(requested('/node_modules/minisearch/')).to.equal(false);

    shadow(el).querySelector<HTMLInputElement>('#search')!.focus();
    await until(() => requested('search-texts.ts') && requested('/node_modules/minisearch/'), 'search not loaded');

    // A word that only the summaries hold (texts merged in): "Mauss" is in the summary of Wederkerigheid.
    const input = shadow(el).querySelector<HTMLInputElement>('#search')!;
    input.value = 'Mauss';
    input.dispatchEvent(new Event('input'));
    await until(() => el.results.some((hit) => hit.lemma.id === 'wederkerigheid'), 'summary text not searched');
    expect(visibleText(shadow(el).querySelector('p[role="status"]'))).to.match(/gevonden$/);
  });
});
