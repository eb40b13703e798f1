import { expect } from '@open-wc/testing';
import '../src/autoload.js';
import { LAZY_LOAD_PATIENCE_MS, settled, shadow, until, visibleText } from './helpers.js';

// Runs in a page of its own: nothing has defined <lemma-card> before the autoloader sees the tag.
describe('autoloader (CDN entry)', () => {
  it('registers <lemma-card> the first time the tag appears, and the card renders', async () => {
    expect(customElements.get('lemma-card')).to.equal(undefined);
    const host = document.createElement('div');
    host.innerHTML = '<p><lemma-card lemma="sociale-basis"></lemma-card></p>';
    document.body.append(host);
    await until(() => customElements.get('lemma-card'), 'lemma-card was not defined', LAZY_LOAD_PATIENCE_MS);
    const card = host.querySelector('lemma-card')! as HTMLElement & { updateComplete: Promise<boolean> };
    await settled(card);
    expect(visibleText(shadow(card).querySelector('[part="title"]'))).to.equal('Lemma: Sociale basis');
    host.remove();
  });
});
