import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { loadBuiltinLexiconSearch } from '../src/content/builtin/search.js';
import type { LexiconSearch } from '../src/content/schema.js';
import '../src/elements/lemma-index/define.js';
import type { LemmaIndex } from '../src/elements/lemma-index/lemma-index.js';
import { openDisclosure, settled, shadow, until, visibleText } from './helpers.js';

async function index(template: ReturnType<typeof html>): Promise<LemmaIndex> {
  const element = await fixture<LemmaIndex>(template);
  await settled(element);
  return element;
}

const titles = (el: LemmaIndex) => [...shadow(el).querySelectorAll('[data-lemma]')].map((node) => visibleText(node));
const status = (el: LemmaIndex) => visibleText(shadow(el).querySelector('p[role="status"]'));

async function search(el: LemmaIndex, query: string): Promise<void> {
  const input = shadow(el).querySelector<HTMLInputElement>('#search')!;
  input.value = query;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
  await until(() => !status(el).includes('geladen'), 'search did not load');
  await el.updateComplete;
}

const clearHash = () => history.replaceState(null, '', location.pathname + location.search);

describe('<lemma-index>', () => {
  let data: LexiconSearch;
  before(async () => {
    data = (await loadBuiltinLexiconSearch('nabijheid-en-sociaal-werk')) as LexiconSearch;
  });
  beforeEach(clearHash);
  afterEach(clearHash);

  it('lists every lemma A–Z under letter headings', async () => {
    const el = await index(html`<lemma-index></lemma-index>`);
    const expected = data.lemmas.map((lemma) => lemma.title).sort((a, b) => a.localeCompare(b, 'nl'));
    expect(titles(el)).to.deep.equal(expected);
    expect(status(el)).to.equal(`${data.lemmas.length} lemma’s`);
    expect(shadow(el).querySelector('.letter h3')).to.exist;
  });

  it('introduces the lexicon (editors, introduction, four kinds of proximity, foreword) behind a disclosure', async () => {
    const el = await index(html`<lemma-index url-state="off"></lemma-index>`);
    const about = await openDisclosure(el, 'about');
    const textShown = visibleText(about);
    expect(textShown).to.contain('L. Veldboer');
    expect(textShown).to.contain('Institutionele nabijheid');
    expect(textShown).to.contain('Voorwoord (Jos van der Lans)');
    await expect(el).to.be.accessible();
  });

  it('finds a lemma by a word from a key concept, ranked and highlighted (zorgzaam → Verplichte zorgzaamheid)', async () => {
    const el = await index(html`<lemma-index></lemma-index>`);
    await search(el, 'zorgzaam');
    expect(titles(el)[0]).to.equal('Alledaagse attentheid');
    const marks = [...shadow(el).querySelectorAll('[part="result"] mark')].map((node) => visibleText(node));
    expect(marks).to.include('zorgzaamheid');
    expect(visibleText(shadow(el).querySelector('[part="result"]'))).to.contain('Verplichte zorgzaamheid');
    expect(status(el)).to.match(/lemma’s gevonden$/);
  });

  it('finds every lemma by its title, by one of its key concepts and by an author’s surname', async () => {
    const el = await index(html`<lemma-index></lemma-index>`);
    const surname = (author: string) =>
      author
        .replace(/\s*\(.*\)$/, '')
        .split(' ')
        .at(-1)!;
    for (const lemma of data.lemmas) {
      const concept = lemma.concepts?.[0];
      expect(concept, `${lemma.id} has a key concept`).to.be.a('string');
      for (const query of [lemma.title, concept!, surname(lemma.authors[0])]) {
        await search(el, query);
        expect(
          el.results.map((hit) => hit.lemma.id),
          `"${query}" should find ${lemma.id}`,
        ).to.include(lemma.id);
      }
    }
  });

  it('ignores case and accents', async () => {
    const el = await index(html`<lemma-index></lemma-index>`);
    await search(el, 'WEDERKERIGHEID');
    expect(titles(el)[0]).to.equal('Wederkerigheid');
    await search(el, 'wederkérigheid');
    expect(titles(el)[0]).to.equal('Wederkerigheid');
  });

  it('filters by cluster and says when nothing is found', async () => {
    const el = await index(html`<lemma-index></lemma-index>`);
    const select = shadow(el).querySelector<HTMLSelectElement>('#cluster')!;
    select.value = 'geografische-nabijheid';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.results.every((hit) => hit.lemma.cluster?.id === 'geografische-nabijheid')).to.equal(true);
    expect(el.results.length).to.be.greaterThan(0);
    await search(el, 'xyzxyz');
    expect(status(el)).to.equal('Geen lemma gevonden. Probeer een korter woord of een ander begrip.');
  });

  it("marks a cluster as the editors' choice only where the book does not settle it", async () => {
    const el = await index(html`<lemma-index></lemma-index>`);
    const byline = (title: string) => {
      const item = [...shadow(el).querySelectorAll('[part="result"]')].find(
        (node) => visibleText(node.querySelector('[data-lemma]')) === title,
      );
      return visibleText(item?.querySelector('p.muted') ?? null);
    };
    expect(byline('Achter de voordeur')).to.equal('door Thomas Kampen · Professionele nabijheid');
    expect(byline('Alledaagse attentheid')).to.equal(
      'door Monique Kremer · Geografische nabijheid (indeling door de redactie van Nabij)',
    );
  });

  it('opens a lemma in place, keeps it in the URL hash, and the back button returns to the list', async () => {
    const el = await index(html`<lemma-index></lemma-index>`);
    await search(el, 'wederkerigheid');
    const open = shadow(el).querySelector<HTMLButtonElement>('[data-lemma="wederkerigheid"]')!;
    const navigated = oneEvent(el, 'nabij-navigate');
    open.click();
    expect((await navigated).detail.id).to.equal('wederkerigheid');
    await until(() => shadow(el).querySelector('lemma-card'), 'the lemma did not open (its card loads lazily)');
    const card = shadow(el).querySelector('lemma-card')!;
    await settled(card);
    expect(visibleText(card.shadowRoot!.querySelector('[part="title"]'))).to.equal('Lemma: Wederkerigheid');
    expect(new URLSearchParams(location.hash.slice(1)).get('lemma')).to.equal('wederkerigheid');
    expect(new URLSearchParams(location.hash.slice(1)).get('zoek')).to.equal('wederkerigheid');
    history.back();
    await until(() => !shadow(el).querySelector('lemma-card'), 'back should close the lemma');
    expect(titles(el)).to.include('Wederkerigheid');
  });

  it('restores the query and the open lemma from a shared link', async () => {
    history.replaceState(null, '', '#zoek=kremer&lemma=alledaagse-attentheid');
    const el = await index(html`<lemma-index></lemma-index>`);
    await until(() => shadow(el).querySelector('lemma-card'), 'the lemma from the link did not open');
    shadow(el).querySelector<HTMLButtonElement>('.back')!.click();
    await until(() => shadow(el).activeElement?.getAttribute('data-lemma') === 'alledaagse-attentheid');
    expect(shadow(el).querySelector<HTMLInputElement>('#search')!.value).to.equal('kremer');
  });

  it('leaves the URL alone with url-state="off", and links through href-template', async () => {
    const el = await index(html`<lemma-index url-state="off" href-template="/lexicon/{id}"></lemma-index>`);
    await search(el, 'sociale basis');
    expect(location.hash).to.equal('');
    const link = shadow(el).querySelector<HTMLAnchorElement>('a[data-lemma="sociale-basis"]')!;
    expect(link.getAttribute('href')).to.equal('/lexicon/sociale-basis');
  });

  it('works from the keyboard: type, Tab to a result, Enter opens it', async () => {
    const el = await index(html`<lemma-index url-state="off"></lemma-index>`);
    shadow(el).querySelector<HTMLInputElement>('#search')!.focus();
    await sendKeys({ type: 'wederkerig' });
    await until(() => titles(el)[0] === 'Wederkerigheid');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.getAttribute('data-lemma')).to.equal('wederkerigheid');
    await sendKeys({ press: 'Enter' });
    await until(() => shadow(el).querySelector('lemma-card'), 'Enter did not open the lemma');
  });

  it('handles a publisher’s lexicon of 1,000 entries', async () => {
    const lemmas = Array.from({ length: 1000 }, (_, i) => ({
      id: `lemma-${i}`,
      title: `Begrip ${String(i).padStart(4, '0')} ${i % 7 === 0 ? 'buurtzorg' : 'wijkwerk'}`,
      authors: [`Auteur ${i % 50}`],
      cluster: { id: i % 2 ? 'even' : 'oneven', name: i % 2 ? 'Even' : 'Oneven' },
      concepts: [`kernwoord${i}`],
      summary: 'Een korte samenvatting van dit verzonnen lemma.',
    }));
    const el = await index(
      html`<lemma-index
        url-state="off"
        .content=${{
          type: 'lexicon-search',
          id: 'groot',
          lang: 'nl',
          contentVersion: '1.0.0',
          title: 'Groot lexicon',
          lemmas,
          glossary: [],
          source: { publication: 'Proef', year: '2025', locator: 'alles' },
        }}
      ></lemma-index>`,
    );
    expect(shadow(el).querySelectorAll('[part="result"]')).to.have.length(1000);
    await search(el, 'buurtzorg');
    expect(el.results).to.have.length(143);
    await search(el, 'kernwoord999');
    expect(el.results[0].lemma.id).to.equal('lemma-999');
  });

  it('passes axe, listing and searching', async () => {
    const el = await index(html`<lemma-index url-state="off"></lemma-index>`);
    await expect(el).to.be.accessible();
    await search(el, 'kremer');
    await aTimeout(0);
    await expect(el).to.be.accessible();
  });
});
