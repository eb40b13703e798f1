import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/elements/lemma-term/define.js';
import type { LemmaTerm } from '../src/elements/lemma-term/lemma-term.js';
import { shadow, until, visibleText } from './helpers.js';

async function paragraph(template: ReturnType<typeof html>): Promise<{ p: HTMLElement; term: LemmaTerm }> {
  const p = await fixture<HTMLElement>(template);
  const term = p.querySelector<LemmaTerm>('lemma-term')!;
  await until(() => term.shadowRoot?.querySelector('.popover strong'), 'the explanation did not load');
  return { p, term };
}

const trigger = (term: LemmaTerm) => shadow(term).querySelector<HTMLButtonElement>('[part="trigger"]')!;
const popover = (term: LemmaTerm) => shadow(term).querySelector<HTMLElement>('[part="popover"]')!;

describe('<lemma-term>', () => {
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('opens on focus with the lemma’s explanation and a link, and Escape closes it', async () => {
    const { term } = await paragraph(
      html`<p>
        <button id="before">voor</button> Buren geven vaak <lemma-term lemma="wederkerigheid">iets terug</lemma-term>.
      </p>`,
    );
    expect(term.open).to.equal(false);
    trigger(term).focus();
    await until(() => term.open);
    expect(trigger(term).getAttribute('aria-expanded')).to.equal('true');
    expect(visibleText(popover(term))).to.match(/^Wederkerigheid /);
    expect(visibleText(popover(term).querySelector('a'))).to.equal('Lees het lemma Wederkerigheid');
    await sendKeys({ press: 'Escape' });
    await until(() => !term.open);
    expect(shadow(term).activeElement).to.equal(trigger(term));
  });

  it('never traps focus: Tab reaches the link inside, the next Tab leaves and closes it', async () => {
    const { p, term } = await paragraph(
      html`<p>
        Tekst met <lemma-term lemma="sociale-basis">de basis</lemma-term> en daarna <a href="#na">een link</a>.
      </p>`,
    );
    trigger(term).focus();
    await until(() => term.open);
    await sendKeys({ press: 'Tab' });
    expect(shadow(term).activeElement?.localName).to.equal('a');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(p.querySelector('a[href="#na"]'));
    await until(() => !term.open, 'leaving should close it');
  });

  it('opens on hover after a short pause and closes when the pointer leaves', async () => {
    const { term } = await paragraph(
      html`<p style="padding: 2rem">
        Een <lemma-term lemma="alledaagse-attentheid">attente buurt</lemma-term> ontstaat niet vanzelf.
      </p>`,
    );
    const box = trigger(term).getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + 5), Math.round(box.y + box.height / 2)] });
    await until(() => term.open, 'hover should open it');
    await sendMouse({ type: 'move', position: [0, 0] });
    await until(() => !term.open, 'leaving should close it');
  });

  it('toggles on tap or click', async () => {
    const { term } = await paragraph(html`<p><lemma-term lemma="wederkerigheid">geven en nemen</lemma-term></p>`);
    trigger(term).click();
    await until(() => term.open);
    term.hide();
    trigger(term).click();
    await until(() => term.open);
    trigger(term).click();
    await until(() => !term.open);
  });

  it('explains a glossary term and links every lemma that explains it', async () => {
    const { term } = await paragraph(
      html`<p>Zo ontstaat <lemma-term term="verplichte zorgzaamheid">druk</lemma-term>.</p>`,
    );
    trigger(term).click();
    await until(() => term.open);
    expect(visibleText(popover(term))).to.match(/^Verplichte zorgzaamheid /);
    expect(visibleText(popover(term))).to.contain('Uitgelegd in: Alledaagse attentheid');
    const navigated = oneEvent(term, 'nabij-navigate');
    popover(term).querySelector('a')!.click();
    expect((await navigated).detail.id).to.equal('alledaagse-attentheid');
  });

  it('says so for an unknown term', async () => {
    const p = await fixture<HTMLElement>(html`<p><lemma-term term="bestaat niet">iets</lemma-term></p>`);
    const term = p.querySelector<LemmaTerm>('lemma-term')!;
    await until(() => visibleText(popover(term)).includes('Geen uitleg gevonden'));
  });

  it('stays inside the viewport next to the right edge', async () => {
    const { term } = await paragraph(
      html`<p style="text-align: end; margin: 0">
        <lemma-term lemma="sociale-basis">sociale basis</lemma-term>
      </p>`,
    );
    trigger(term).click();
    await until(() => term.open);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const box = popover(term).getBoundingClientRect();
    expect(box.right).to.be.at.most(innerWidth + 1);
    expect(box.left).to.be.at.least(-1);
    expect(box.bottom).to.be.at.most(innerHeight + 1);
  });

  it('prints the explanation as a note after the word', async function () {
    const { term } = await paragraph(html`<p><lemma-term lemma="wederkerigheid">iets terug</lemma-term></p>`);
    const note = shadow(term).querySelector<HTMLElement>('[part="note"]')!;
    expect(getComputedStyle(note).display).to.equal('none');
    try {
      await emulateMedia({ media: 'print' });
    } catch {
      this.skip(); // Firefox over WebDriver BiDi cannot emulate print media; Chromium covers this.
    }
    try {
      expect(getComputedStyle(note).display).to.equal('inline');
      expect(visibleText(note)).to.match(/^\(Zie lemma Wederkerigheid: /);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('names the lemmas that explain a glossary term in its print note, since the links do not print', async () => {
    const { term } = await paragraph(html`<p><lemma-term term="third places">plekken</lemma-term></p>`);
    const links = [...popover(term).querySelectorAll('a')].map((link) => visibleText(link));
    expect(links.length).to.be.greaterThan(0);
    const note = visibleText(shadow(term).querySelector('[part="note"]'));
    expect(note).to.match(/^\(third places: .+ Uitgelegd in: .+\.\)$/i);
    for (const title of links) expect(note).to.contain(title);
  });

  it('passes axe closed and open', async () => {
    const { p, term } = await paragraph(
      html`<p>Buren en <lemma-term lemma="wederkerigheid">wederkerigheid</lemma-term>.</p>`,
    );
    await expect(p).to.be.accessible();
    trigger(term).click();
    await until(() => term.open);
    await expect(p).to.be.accessible();
  });
});
