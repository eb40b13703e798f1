import { expect, fixture, html } from '@open-wc/testing';
import { builtinLemmaIds } from '../src/content/builtin.js';
import '../src/elements/lemma-card/define.js';
import type { LemmaCard } from '../src/elements/lemma-card/lemma-card.js';
import { settled, shadow, visibleText } from './helpers.js';

// Every lemma of the lexicon, rendered in full and checked with axe, in every browser the suite runs in.
describe('<lemma-card> with every built-in lemma', () => {
  for (const id of builtinLemmaIds) {
    it(`renders ${id} in full, accessibly`, async () => {
      const el = await fixture<LemmaCard>(html`<lemma-card lemma=${id} variant="full"></lemma-card>`);
      await settled(el);
      expect(shadow(el).querySelector('[role="alert"]'), `${id} shows an error`).to.equal(null);
      expect(visibleText(shadow(el).querySelector('[part="title"]'))).to.equal(`Lemma: ${el.lemmaData!.title}`);
      expect(shadow(el).querySelectorAll('[part="concepts"] dt').length).to.be.within(4, 10);
      await expect(el).to.be.accessible();
    });
  }
});
