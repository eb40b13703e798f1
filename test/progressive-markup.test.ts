import { expect } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import '../src/autoload.js';
import { upgradeMarkup } from '../src/hosts/upgrade-markup.js';
import { captureWarnings, LAZY_LOAD_PATIENCE_MS, settled, shadow, until, visibleText } from './helpers.js';

type Rendered = HTMLElement & { updateComplete: Promise<boolean> };

/** What an author pastes into an LMS or CMS editor: the tag itself, a script, and our two progressive forms. */
const pasted = `
  <p>Lees eerst <lemma-card lemma="vertrouwen"></lemma-card> het lemma.</p>
  <script>window.pastedScriptRan = true</script>
  <p><a class="nabij" href="embed/?element=lemma-card&amp;lemma=wederkerigheid&amp;onclick=alert(1)">Wederkerigheid</a></p>
  <div data-nabij-element="ladder-van-verbintenis" data-nabij-heading-level="3" lang="en">
    De ladder van onderlinge verbintenissen
  </div>`;

/** Markup outside the document: the autoloader does not see it, so a test can call upgradeMarkup() itself. */
function detached(html: string): HTMLElement {
  const host = document.createElement('section');
  host.innerHTML = html;
  return host;
}

async function pasteIntoPage(html: string): Promise<HTMLElement> {
  const host = document.createElement('section');
  // The editor's sanitiser output goes in as HTML, the way an LMS page serves it.
  host.innerHTML = html;
  document.body.append(host);
  return host;
}

describe('progressive markup (what survives a sanitising editor)', function () {
  // Two lazy element loads in one test, each allowed LAZY_LOAD_PATIENCE_MS.
  this.timeout(2 * LAZY_LOAD_PATIENCE_MS + 30_000);
  it("DOMPurify's default configuration strips the tag and the script but keeps our markup", () => {
    const clean = DOMPurify.sanitize(pasted);
    expect(clean).not.to.contain('<lemma-card');
    expect(clean).not.to.contain('<script');
    expect(clean).to.contain('class="nabij"');
    expect(clean).to.contain('data-nabij-element="ladder-van-verbintenis"');
    expect(clean).to.contain('data-nabij-heading-level="3"');
  });

  it('the autoloader turns the sanitised markup into working widgets', async () => {
    const host = await pasteIntoPage(DOMPurify.sanitize(pasted));
    await until(() => host.querySelector('lemma-card') && host.querySelector('ladder-van-verbintenis'));

    const card = host.querySelector('lemma-card') as Rendered;
    expect(card.getAttribute('lemma')).to.equal('wederkerigheid');
    expect(card.hasAttribute('onclick'), 'a parameter that is no attribute of the element is dropped').to.equal(false);
    expect(host.querySelector('a.nabij'), 'the link is replaced by the widget').to.equal(null);
    await until(() => customElements.get('lemma-card'), '<lemma-card> was not defined', LAZY_LOAD_PATIENCE_MS);
    await settled(card);
    expect(visibleText(shadow(card).querySelector('[part="title"]'))).to.equal('Lemma: Wederkerigheid');

    const ladder = host.querySelector('ladder-van-verbintenis') as Rendered;
    expect(ladder.getAttribute('heading-level')).to.equal('3');
    expect(ladder.getAttribute('lang'), 'the markup keeps its language').to.equal('en');
    await until(
      () => customElements.get('ladder-van-verbintenis'),
      '<ladder-van-verbintenis> was not defined',
      LAZY_LOAD_PATIENCE_MS,
    );
    await settled(ladder);
    expect(shadow(ladder).querySelector('h3'), 'heading-level from data-nabij-heading-level').not.to.equal(null);
    expect((window as { pastedScriptRan?: boolean }).pastedScriptRan).to.equal(undefined);
    await expect(host).to.be.accessible();
    host.remove();
  });

  it('markup added later, as a single-page app or a late LMS frame does, is upgraded too', async () => {
    const host = await pasteIntoPage('<p>Straks verschijnt hier een lemma.</p>');
    const link = document.createElement('a');
    link.setAttribute('data-nabij', '');
    link.href = '?element=lemma-card&lemma=sociale-basis';
    link.textContent = 'Sociale basis';
    host.append(link);
    await until(() => host.querySelector('lemma-card'), 'the late link was not upgraded');
    const card = host.querySelector('lemma-card') as Rendered;
    await settled(card);
    expect(visibleText(shadow(card).querySelector('[part="title"]'))).to.equal('Lemma: Sociale basis');
    host.remove();
  });

  it('a link that names no Nabij element stays a working link, with a note on the console', async () => {
    const host = detached('<a class="nabij" href="https://example.org/?element=script">Elders</a>');
    const warnings = await captureWarnings(() => expect(upgradeMarkup(host)).to.deep.equal([]));
    const link = host.querySelector('a')!;
    expect(link.href).to.equal('https://example.org/?element=script');
    expect(link.textContent).to.equal('Elders');
    expect(String(warnings[0])).to.contain('names no Nabij element');
  });

  it('a src that points at another site is not taken from the markup', async () => {
    const host = detached(
      '<div data-nabij-element="lemma-card" data-nabij-src="https://example.org/evil.json" data-nabij-lemma="vertrouwen"></div>',
    );
    let created: HTMLElement[] = [];
    await captureWarnings(() => (created = upgradeMarkup(host)));
    expect(created.map((element) => element.localName)).to.deep.equal(['lemma-card']);
    expect(created[0].hasAttribute('src')).to.equal(false);
    expect(created[0].getAttribute('lemma')).to.equal('vertrouwen');
  });
});
