import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/casus-index/define.js';
import type { CasusIndex } from '../src/elements/casus-index/casus-index.js';
import { nearDuplicateKeywords } from '../scripts/build/content/keywords.js';
import { openDisclosure, settled, shadow, until, visibleText } from './helpers.js';

async function index(template: ReturnType<typeof html>): Promise<CasusIndex> {
  const element = await fixture<CasusIndex>(template);
  await settled(element);
  return element;
}

const titles = (el: CasusIndex) =>
  [...shadow(el).querySelectorAll('[part="entry"] [data-case]')].map((node) => visibleText(node));
const status = (el: CasusIndex) => visibleText(shadow(el).querySelector('p[role="status"]'));
const chip = (el: CasusIndex, label: string) =>
  [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="chip"]')].find((node) => visibleText(node) === label)!;

describe('<casus-index>', () => {
  it('lists the sixteen cases with part, description and actors', async () => {
    const el = await index(html`<casus-index></casus-index>`);
    expect(titles(el)).to.have.length(16);
    expect(titles(el)[7]).to.equal('Casus 8: Meer instanties, minder oplossingen?');
    const first = shadow(el).querySelector('[part="entry"]')!;
    expect(visibleText(first)).to.contain('Deel 1: Bewoners');
    expect(visibleText(first)).to.contain('Actoren: Bewoner, sociaal netwerk, Wmo-consulent');
    expect(status(el)).to.equal('16 van 16 casussen');
  });

  it('introduces the book, with its framing behind a disclosure', async () => {
    const el = await index(html`<casus-index></casus-index>`);
    expect(visibleText(shadow(el).querySelector('.summary')).split(' ').length).to.be.greaterThan(60);
    const about = await openDisclosure(el, 'about');
    expect(visibleText(about)).to.contain('Informeel en formeel als yin en yang');
    expect(visibleText(about)).to.contain('Leeswijzer');
  });

  it('filters by part', async () => {
    const el = await index(html`<casus-index></casus-index>`);
    const select = shadow(el).querySelector<HTMLSelectElement>('#part')!;
    select.value = 'bestuur-en-beleid';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(titles(el).map((title) => title.split(':')[0])).to.deep.equal([
      'Casus 13',
      'Casus 14',
      'Casus 15',
      'Casus 16',
    ]);
    expect(status(el)).to.equal('4 van 16 casussen');
    expect(visibleText(shadow(el).querySelector('.lead')).length).to.be.greaterThan(40);
  });

  it('filters by keyword chips, which are toggle buttons, and combines them', async () => {
    const el = await index(html`<casus-index></casus-index>`);
    const schulden = chip(el, 'schulden');
    expect(schulden.getAttribute('aria-pressed')).to.equal('false');
    schulden.click();
    await el.updateComplete;
    expect(schulden.getAttribute('aria-pressed')).to.equal('true');
    expect(titles(el)).to.have.length(3);
    expect(
      el.visibleCases.every((entry) => entry.keywords.some((keyword) => keyword.toLowerCase() === 'schulden')),
    ).to.equal(true);
    chip(el, 'wijkteam').click();
    await el.updateComplete;
    expect(titles(el).length).to.be.lessThan(3);
    schulden.click();
    await el.updateComplete;
    expect(titles(el)).to.have.length(3);
  });

  it('shows one chip per keyword, so a chip finds every case of its concept (issue 14)', async () => {
    const el = await index(html`<casus-index></casus-index>`);
    const labels = [...shadow(el).querySelectorAll('[part="chip"]')].map((node) => visibleText(node));
    expect(nearDuplicateKeywords(labels), labels.join(', ')).to.deep.equal([]);
    // Once "vrijwillig", "vrijwilliger" and "vrijwilligers": three chips, each with part of these cases.
    chip(el, 'vrijwilligers').click();
    await el.updateComplete;
    expect(titles(el).map((title) => title.split(':')[0])).to.deep.equal([
      'Casus 3',
      'Casus 5',
      'Casus 7',
      'Casus 8',
      'Casus 12',
      'Casus 16',
    ]);
    expect(status(el)).to.equal('6 van 16 casussen');
  });

  it('filters by text without caring about case or accents, and says when nothing matches', async () => {
    const el = await index(html`<casus-index></casus-index>`);
    const input = shadow(el).querySelector<HTMLInputElement>('#query')!;
    input.focus();
    await sendKeys({ type: 'MCDONALD' });
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(["Casus 5: Formulierenbrigade in de McDonald's"]);
    input.value = 'Wmo-consulent';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(titles(el).length).to.be.greaterThan(0);
    input.value = 'qqqq';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(status(el)).to.equal('Geen casus past bij deze filters.');
    [...shadow(el).querySelectorAll<HTMLButtonElement>('button')]
      .find((node) => visibleText(node) === 'Wis filters')!
      .click();
    await el.updateComplete;
    expect(titles(el)).to.have.length(16);
    await until(() => shadow(el).activeElement === input, 'focus should return to the text filter');
  });

  it('opens a case in place when nobody routes it, and goes back to the list with focus on that case', async () => {
    const el = await index(html`<casus-index></casus-index>`);
    const open = shadow(el).querySelector<HTMLButtonElement>('[data-case="casus-3"]')!;
    const navigated = oneEvent(el, 'nabij-navigate');
    open.click();
    expect((await navigated).detail).to.deep.equal({ kind: 'case', id: 'casus-3', href: undefined });
    await until(() => shadow(el).querySelector('casus-viewer'), 'the case did not open');
    const viewer = shadow(el).querySelector('casus-viewer')!;
    await settled(viewer);
    expect(visibleText(viewer.shadowRoot!.querySelector('[part="title"]'))).to.equal(
      'Casus 3: Achter de voordeur bij de buurvrouw',
    );
    await until(() => viewer.shadowRoot!.activeElement?.id === 'title', 'focus should move to the case title');
    shadow(el).querySelector<HTMLButtonElement>('.back')!.click();
    await until(() => shadow(el).activeElement?.getAttribute('data-case') === 'casus-3');
  });

  it('links cases through href-template and lets the host take over', async () => {
    const el = await index(html`<casus-index href-template="#/casus/{id}"></casus-index>`);
    const link = shadow(el).querySelector<HTMLAnchorElement>('a[data-case="casus-8"]')!;
    expect(link.getAttribute('href')).to.equal('#/casus/casus-8');
    el.addEventListener('nabij-navigate', (event) => event.preventDefault(), { once: true });
    const before = location.hash;
    link.click();
    await el.updateComplete;
    expect(location.hash).to.equal(before);
    expect(shadow(el).querySelector('casus-viewer')).to.equal(null);
  });

  it('passes axe, unfiltered and with a chip pressed', async () => {
    const el = await index(html`<casus-index></casus-index>`);
    await expect(el).to.be.accessible();
    chip(el, 'wijkteam').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
