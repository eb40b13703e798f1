import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/elements/lemma-term/define.js';
import type { LemmaTerm } from '../src/elements/lemma-term/lemma-term.js';
import { emulateOrSkip, shadow, until, visibleText } from './helpers.js';

async function paragraph(template: ReturnType<typeof html>): Promise<{ p: HTMLElement; term: LemmaTerm }> {
  const p = await fixture<HTMLElement>(template);
  const term = p.querySelector<LemmaTerm>('lemma-term')!;
  await until(() => term.shadowRoot?.querySelector('.popover strong'), 'the explanation did not load');
  return { p, term };
}

const trigger = (term: LemmaTerm) => shadow(term).querySelector<HTMLButtonElement>('[part="trigger"]')!;
const popover = (term: LemmaTerm) => shadow(term).querySelector<HTMLElement>('[part="popover"]')!;

/** The middle of an element, in whole pixels, for `sendMouse`. */
function centre(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
}

describe('<lemma-term>', () => {
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('does not open on focus; Enter opens it with the explanation and a link, Enter again closes it', async () => {
    const { p, term } = await paragraph(
      html`<p>
        <button id="before">voor</button> Buren geven vaak <lemma-term lemma="wederkerigheid">iets terug</lemma-term>.
      </p>`,
    );
    p.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(term).activeElement).to.equal(trigger(term));
    await term.updateComplete;
    expect(term.open).to.equal(false);
    expect(trigger(term).getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Enter' });
    await until(() => term.open, 'Enter should open it');
    await term.updateComplete;
    expect(trigger(term).getAttribute('aria-expanded')).to.equal('true');
    expect(visibleText(popover(term))).to.match(/^Wederkerigheid /);
    expect(visibleText(popover(term).querySelector('a'))).to.equal('Lees het lemma Wederkerigheid');
    await sendKeys({ press: 'Enter' });
    await until(() => !term.open, 'Enter again should close it');
    await term.updateComplete;
    expect(trigger(term).getAttribute('aria-expanded')).to.equal('false');
    expect(shadow(term).activeElement).to.equal(trigger(term));
  });

  it('toggles with Space', async () => {
    const { term } = await paragraph(html`<p>Zo ontstaat <lemma-term lemma="presentie">aanwezigheid</lemma-term>.</p>`);
    trigger(term).focus();
    // The key by its character: Firefox over WebDriver BiDi does not know the name "Space".
    await sendKeys({ press: ' ' });
    await until(() => term.open, 'Space should open it');
    await sendKeys({ press: ' ' });
    await until(() => !term.open, 'Space again should close it');
  });

  it('closes on Escape and puts focus back on the word, from the word and from the link inside', async () => {
    const { term } = await paragraph(html`<p>Zo ontstaat <lemma-term lemma="sociale-basis">de basis</lemma-term>.</p>`);
    trigger(term).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => term.open);
    await sendKeys({ press: 'Escape' });
    await until(() => !term.open, 'Escape on the word should close it');
    expect(shadow(term).activeElement).to.equal(trigger(term));
    await sendKeys({ press: 'Enter' });
    await until(() => term.open);
    await sendKeys({ press: 'Tab' });
    expect(shadow(term).activeElement?.localName).to.equal('a');
    await sendKeys({ press: 'Escape' });
    await until(() => !term.open, 'Escape on the link should close it');
    expect(shadow(term).activeElement).to.equal(trigger(term));
  });

  it('never traps focus: Tab from the open word reaches the link inside, the next Tab leaves and closes it', async () => {
    const { p, term } = await paragraph(
      html`<p>
        Tekst met <lemma-term lemma="sociale-basis">de basis</lemma-term> en daarna <a href="#na">een link</a>.
      </p>`,
    );
    trigger(term).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => term.open);
    await sendKeys({ press: 'Tab' });
    expect(shadow(term).activeElement?.localName).to.equal('a');
    expect(term.open).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(p.querySelector('a[href="#na"]'));
    await until(() => !term.open, 'leaving should close it');
  });

  it('opens none of three terms in a paragraph that is tabbed through', async () => {
    const p = await fixture<HTMLElement>(
      html`<p>
        <button id="before">voor</button> Met <lemma-term lemma="wederkerigheid">geven en nemen</lemma-term>,
        <lemma-term lemma="presentie">aanwezig zijn</lemma-term> en
        <lemma-term lemma="sociale-basis">een sociale basis</lemma-term> komt <a href="#na">een buurt</a> verder.
      </p>`,
    );
    const terms = [...p.querySelectorAll<LemmaTerm>('lemma-term')];
    await until(() => terms.every((term) => term.shadowRoot?.querySelector('.popover strong')));
    p.querySelector<HTMLButtonElement>('#before')!.focus();
    for (const term of terms) {
      await sendKeys({ press: 'Tab' });
      expect(shadow(term).activeElement).to.equal(trigger(term));
      await term.updateComplete;
      expect(terms.filter((each) => each.open)).to.deep.equal([]);
    }
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(p.querySelector('a[href="#na"]'));
    expect(terms.filter((each) => each.open)).to.deep.equal([]);
  });

  it('closes on a click outside, and opening another term closes the first', async () => {
    const p = await fixture<HTMLElement>(
      html`<p style="padding: 2rem">
        <lemma-term lemma="wederkerigheid">geven en nemen</lemma-term> en verder
        <lemma-term lemma="presentie">aanwezig zijn</lemma-term>, met <span id="elders">gewone tekst</span>.
      </p>`,
    );
    const [first, second] = [...p.querySelectorAll<LemmaTerm>('lemma-term')];
    await until(() => [first, second].every((term) => term.shadowRoot?.querySelector('.popover strong')));
    await sendMouse({ type: 'click', position: centre(trigger(first)) });
    await until(() => first.open, 'a click should open it');
    // The mouse opens the second: no click outside, yet the first closes.
    await sendMouse({ type: 'move', position: centre(trigger(second)) });
    await until(() => second.open, 'hover should open the second');
    expect(first.open).to.equal(false);
    // Clicked, it stays when the pointer leaves: only the click outside closes it.
    await sendMouse({ type: 'click', position: centre(trigger(second)) });
    await sendMouse({ type: 'click', position: centre(p.querySelector('#elders')!) });
    await until(() => !second.open, 'a click outside should close it');
  });

  it('opens after the hover delay, stays while the pointer crosses to the link, closes once it has left both', async () => {
    const { term } = await paragraph(
      html`<p style="padding: 2rem">
        Een <lemma-term lemma="alledaagse-attentheid">attente buurt</lemma-term> ontstaat niet vanzelf.
      </p>`,
    );
    let entered = 0;
    let opened = 0;
    let left = 0;
    let closed = 0;
    trigger(term).addEventListener('pointerenter', (event) => (entered ||= event.timeStamp));
    popover(term).addEventListener('pointerleave', (event) => (left ||= event.timeStamp));
    popover(term).addEventListener('toggle', (event) => {
      if ((event as ToggleEvent).newState === 'open') opened ||= event.timeStamp;
      else closed ||= event.timeStamp;
    });
    await sendMouse({ type: 'move', position: centre(trigger(term)) });
    await until(() => term.open, 'hover should open it');
    await until(() => opened);
    expect(opened - entered).to.be.at.least(term.hoverDelay - 1);
    // Onto the link inside: the grace period must carry the pointer across.
    await sendMouse({ type: 'move', position: centre(popover(term).querySelector('a')!) });
    await aTimeout(800);
    expect(term.open, 'the bubble closed under the pointer').to.equal(true);
    await sendMouse({ type: 'move', position: [0, 0] });
    await until(() => !term.open, 'leaving should close it');
    await until(() => closed);
    // Not at once: the grace period (300 ms) that lets the pointer cross the gap between the word and the bubble.
    expect(closed - left).to.be.at.least(250);
  });

  it('opens nothing for a pointer that passes before the delay', async function () {
    const { term } = await paragraph(
      html`<p style="padding: 2rem">Een <lemma-term lemma="presentie">aanwezige</lemma-term> werker.</p>`,
    );
    term.hoverDelay = 1500;
    let entered = 0;
    let left = 0;
    trigger(term).addEventListener('pointerenter', (event) => (entered ||= event.timeStamp));
    trigger(term).addEventListener('pointerleave', (event) => (left ||= event.timeStamp));
    await sendMouse({ type: 'move', position: centre(trigger(term)) });
    await sendMouse({ type: 'move', position: [0, 0] });
    await until(() => left);
    if (left - entered >= term.hoverDelay) this.skip(); // too busy a machine to pass by quickly enough
    await aTimeout(term.hoverDelay + 500);
    expect(term.open).to.equal(false);
  });

  it('keeps a bubble the mouse opened once it is clicked; Escape closes one without moving focus', async () => {
    const { p, term } = await paragraph(
      html`<p style="padding: 2rem">
        <button id="before">voor</button> Een <lemma-term lemma="wederkerigheid">ruil</lemma-term> tussen buren.
      </p>`,
    );
    const before = p.querySelector<HTMLButtonElement>('#before')!;
    await sendMouse({ type: 'move', position: centre(trigger(term)) });
    await until(() => term.open, 'hover should open it');
    await sendMouse({ type: 'click', position: centre(trigger(term)) });
    await sendMouse({ type: 'move', position: [0, 0] });
    await aTimeout(800);
    expect(term.open, 'the click should have kept it open').to.equal(true);
    term.hide();

    before.focus();
    await sendMouse({ type: 'move', position: centre(trigger(term)) });
    await until(() => term.open, 'hover should open it again');
    await sendKeys({ press: 'Escape' });
    await until(() => !term.open, 'Escape should close it');
    expect(document.activeElement).to.equal(before);
  });

  it('fades in only without reduced motion', async function () {
    const { term } = await paragraph(html`<p><lemma-term lemma="wederkerigheid">geven en nemen</lemma-term></p>`);
    term.show();
    expect(getComputedStyle(popover(term)).animationName).to.equal('nabij-term-in');
    term.hide();
    await emulateOrSkip(this, { reducedMotion: 'reduce' });
    try {
      term.show();
      expect(getComputedStyle(popover(term)).animationName).to.equal('none');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
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
    await emulateOrSkip(this, { media: 'print' });
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
    // After the fade-in: half-transparent text would be measured as too little contrast.
    await Promise.all(
      popover(term)
        .getAnimations()
        .map((animation) => animation.finished),
    );
    await expect(p).to.be.accessible();
  });
});
