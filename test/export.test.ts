/**
 * The page `npx nabij export` writes (built by bin/export.mjs through the test server's /__test__/export route),
 * opened in a frame: it shows its item under its own strict CSP with the element's styles applied, loads
 * nothing, speaks the language asked for, keeps attribute values as text, and refuses what is not in the catalogue.
 */
import { expect } from '@open-wc/testing';
import { openExport, visibleText } from './helpers.js';

describe('npx nabij export: the page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('shows the case under a CSP of script hashes with default-src none, styled, and requests nothing', async () => {
    const { doc, element, frame } = await openExport(
      '/__test__/export/casus-viewer/casus-2.html',
      'Nieuwe gemeente, nieuw wijkteam',
    );
    expect(doc.title).to.equal('Nieuwe gemeente, nieuw wijkteam');
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(csp).to.contain("default-src 'none'");
    expect(csp).to.match(/script-src 'sha256-[A-Za-z0-9+/]{43}='(;|$)/);
    expect(csp).not.to.contain('unsafe');
    expect(doc.scripts).to.have.length(1);
    // Lit's styles are constructable stylesheets: the policy (no 'unsafe-inline') must not keep them out.
    expect(element.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
    expect(frame.contentWindow!.getComputedStyle(element).maxInlineSize).not.to.equal('none');
    expect(frame.contentWindow!.performance.getEntriesByType('resource')).to.deep.equal([]);
  });

  it('speaks English with --lang en', async () => {
    const { doc, element } = await openExport('/__test__/export/casus-viewer/casus-2.html?lang=en', 'Show everything');
    expect(doc.documentElement.lang).to.equal('en');
    expect(visibleText(element.shadowRoot)).not.to.contain('Toon alles');
  });

  it('keeps attribute values as text: markup in a value does not become markup in the page', async () => {
    const hostile = '3"><img src=x onerror="parent.__exportInjected = true">';
    const { doc, element } = await openExport(
      `/__test__/export/lemma-card/wederkerigheid.html?attr=${encodeURIComponent(`heading-level=${hostile}`)}`,
      'Wederkerigheid',
    );
    expect(element.getAttribute('heading-level')).to.equal(hostile);
    expect(doc.querySelector('img')).to.equal(null);
    expect((window as Window & { __exportInjected?: boolean }).__exportInjected).to.equal(undefined);
  });

  it('puts the SCORM adapter before the element, each allowed by its own hash', async () => {
    const { doc } = await openExport('/__test__/export/lemma-card/wederkerigheid.html?scorm=1.2', 'Wederkerigheid');
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(csp.match(/'sha256-/g)).to.have.length(3); // two scripts and the page's style
    expect(doc.scripts).to.have.length(2);
    expect(doc.documentElement.dataset.nabijScorm).to.equal('no-lms');
  });

  it('refuses an unknown element, an unknown item, an attribute the element lacks, and src', async () => {
    const refusal = async (path: string) => {
      const response = await fetch(path);
      expect(response.status).to.equal(400);
      return response.text();
    };
    expect(await refusal('/__test__/export/lemma-kaart/wederkerigheid.html')).to.contain(
      'unknown element "lemma-kaart"',
    );
    expect(await refusal('/__test__/export/casus-viewer/casus-99.html')).to.match(
      /no item "casus-99"; items: casus-1, /,
    );
    expect(await refusal('/__test__/export/lemma-card/wederkerigheid.html?attr=onclick=x')).to.contain(
      'not an attribute of <lemma-card>',
    );
    expect(
      await refusal('/__test__/export/lemma-card/wederkerigheid.html?attr=src=https://example.org/x.json'),
    ).to.contain('built-in items only');
    expect(await refusal('/__test__/export/lemma-card/wederkerigheid.html?scorm=2004')).to.contain('only SCORM 1.2');
  });
});
