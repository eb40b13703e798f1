import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/elements/lemma-card/define.js';
import { define, LemmaCard } from '../src/elements/lemma-card/lemma-card.js';
import { loadBuiltinLemma } from '../src/content/builtin.js';
import { defineElement } from '../src/core/define.js';
import { captureWarnings, emulateOrSkip, settled, shadow, until, visibleText } from './helpers.js';

const PUBLISHER_JSON = new URL('./fixtures/lemma-publisher.json', import.meta.url).href;

async function card(template: ReturnType<typeof html>): Promise<LemmaCard> {
  const element = await fixture<LemmaCard>(template);
  await settled(element);
  return element;
}

function isShown(element: Element | null): boolean {
  return !!element && getComputedStyle(element).display !== 'none' && (element as HTMLElement).offsetParent !== null;
}

const validLemma = {
  type: 'lemma',
  id: 'proeflemma',
  lang: 'nl',
  contentVersion: '1.0.0',
  title: 'Proeflemma',
  authors: ['A. Auteur'],
  summary: 'Eerste alinea.\n\nTweede alinea.',
  source: { publication: 'Proefbundel', year: '2025', locator: 'Hoofdstuk 1' },
};

describe('<lemma-card>', () => {
  describe('built-in content', () => {
    it('shows title, authors, cluster, summary and key concepts of a built-in lemma', async () => {
      const el = await card(html`<lemma-card lemma="sociale-basis"></lemma-card>`);
      const root = shadow(el);
      expect(visibleText(root.querySelector('[part="title"]'))).to.equal('Lemma: Sociale basis');
      expect(visibleText(root.querySelector('[part="byline"]'))).to.equal('Door Radboud Engbersen en Ard Sprinkhuizen');
      expect(visibleText(root.querySelector('[part="cluster"]'))).to.contain('Sociale nabijheid');
      expect(visibleText(root.querySelector('[part="summary"]')).split(' ').length).to.be.greaterThan(100);
      expect(root.querySelectorAll('[part="concepts"] dt').length).to.be.within(4, 10);
      expect(visibleText(root.querySelector('[part="attribution"]'))).to.contain('Nabijheid en sociaal werk');
    });

    it('says "indeling door de redactie van Nabij" only when the cluster is an editorial choice', async () => {
      const editorial = await card(html`<lemma-card lemma="sociale-basis"></lemma-card>`);
      expect(visibleText(shadow(editorial).querySelector('[part="cluster"]'))).to.contain(
        'indeling door de redactie van Nabij',
      );
      const fromSource = await card(html`<lemma-card lemma="achter-de-voordeur"></lemma-card>`);
      const label = visibleText(shadow(fromSource).querySelector('[part="cluster"]'));
      expect(label).to.contain('Professionele nabijheid');
      expect(label).not.to.contain('redactie');
    });

    it('shows the subtitle the source prints under a lemma title (Sociale teams)', async () => {
      const el = await card(html`<lemma-card lemma="sociale-teams"></lemma-card>`);
      expect(visibleText(shadow(el).querySelector('header .subtitle'))).to.equal(
        'Hoe wijk- en buurtgerichte interprofessionele teams nabij inwoners werken',
      );
    });

    it('renders lemmas from the start, the middle and the end of the lexicon', async () => {
      for (const [id, title] of [
        ['sociale-basis', 'Sociale basis'],
        ['wederkerigheid', 'Wederkerigheid'],
        ['alledaagse-attentheid', 'Alledaagse attentheid'],
        ['werken-aan-institutionele-nabijheid', 'Werken aan institutionele nabijheid: de boundary spanner'],
      ]) {
        const el = await card(html`<lemma-card lemma=${id} variant="full"></lemma-card>`);
        expect(visibleText(shadow(el).querySelector('h2'))).to.equal(`Lemma: ${title}`);
        expect(el.lemmaData?.id).to.equal(id);
      }
    });

    it('shows an error naming the id when the built-in lemma does not exist', async () => {
      const el = await fixture<LemmaCard>(html`<lemma-card lemma="bestaat-niet"></lemma-card>`);
      const event = await oneEvent(el, 'nabij-error');
      expect(event.detail.code).to.equal('not-found');
      const alert = shadow(el).querySelector('[role="alert"]');
      expect(visibleText(alert)).to.contain('bestaat-niet');
    });
  });

  describe('variant', () => {
    it('keeps references and related lemmas out of the compact card and shows them in the full card', async () => {
      const el = await card(html`<lemma-card lemma="alledaagse-attentheid"></lemma-card>`);
      const references = () => shadow(el).querySelector('[part="references"]');
      expect(el.variant).to.equal('compact');
      expect(isShown(references())).to.equal(false);
      el.variant = 'full';
      await el.updateComplete;
      expect(isShown(references())).to.equal(true);
      expect(visibleText(references())).to.contain('Kremer');
      expect(isShown(shadow(el).querySelector('[part="related-list"]'))).to.equal(true);
    });
  });

  describe('heading-level', () => {
    it('uses the given level for the title and the next level for its sections', async () => {
      const el = await card(html`<lemma-card lemma="wederkerigheid" heading-level="4"></lemma-card>`);
      expect(shadow(el).querySelector('h4[part="title"]')).to.exist;
      expect(visibleText(shadow(el).querySelector('h5#concepts-heading'))).to.equal('Kernbegrippen');
    });

    it('keeps the level between 2 and 6', async () => {
      const low = await card(html`<lemma-card lemma="wederkerigheid" heading-level="1"></lemma-card>`);
      expect(shadow(low).querySelector('h2[part="title"]')).to.exist;
      const high = await card(html`<lemma-card lemma="wederkerigheid" heading-level="9"></lemma-card>`);
      expect(shadow(high).querySelector('h6[part="title"]')).to.exist;
    });
  });

  describe('loaders', () => {
    it('loads publisher JSON from src and reports where it came from', async () => {
      const el = document.createElement('lemma-card');
      el.src = PUBLISHER_JSON;
      const loaded = oneEvent(el, 'nabij-load');
      document.body.append(el);
      const event = await loaded;
      expect(event.detail).to.deep.equal({ id: 'buurtkamer', origin: 'src' });
      await el.updateComplete;
      expect(visibleText(shadow(el).querySelector('[part="title"]'))).to.equal('Lemma: Buurtkamer');
      expect(shadow(el).querySelectorAll('[part="summary"] p').length).to.equal(2);
      el.remove();
    });

    it('reads inline JSON from a script child', async () => {
      const el = await card(
        html`<lemma-card>
          <script type="application/json">
            ${JSON.stringify({ ...validLemma, title: 'Uit de pagina' })}
          </script>
        </lemma-card>`,
      );
      expect(visibleText(shadow(el).querySelector('[part="title"]'))).to.equal('Lemma: Uit de pagina');
    });

    it('picks up inline JSON added after the element was created', async () => {
      const el = await fixture<LemmaCard>(html`<lemma-card></lemma-card>`);
      await settled(el);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify({ ...validLemma, title: 'Later toegevoegd' });
      el.append(script);
      await until(() => visibleText(shadow(el).querySelector('[part="title"]')) === 'Lemma: Later toegevoegd');
    });

    it('lets the property win over inline JSON, src and lemma, in that order', async () => {
      const el = await card(
        html`<lemma-card lemma="sociale-basis" src=${PUBLISHER_JSON} timeout="45000">
          <script type="application/json">
            ${JSON.stringify({ ...validLemma, title: 'Inline' })}
          </script>
        </lemma-card>`,
      );
      const title = () => visibleText(shadow(el).querySelector('[part="title"]'));
      expect(title()).to.equal('Lemma: Inline');
      el.content = { ...validLemma, title: 'Eigenschap' };
      await until(() => title() === 'Lemma: Eigenschap', 'the property should win');
      el.content = undefined;
      el.querySelector('script')!.remove();
      await until(() => title() === 'Lemma: Buurtkamer', 'src should be next');
      el.src = '';
      await until(() => title() === 'Lemma: Sociale basis', 'built-in id should be last');
    });

    it('says so when no content is given at all', async () => {
      const el = await card(html`<lemma-card></lemma-card>`);
      expect(visibleText(shadow(el).querySelector('[role="alert"]'))).to.contain('Geen inhoud opgegeven');
    });
  });

  describe('invalid content and failures', () => {
    it('shows the field path and what was expected, fires nabij-error, and leaves the neighbour working', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <lemma-card id="bad"></lemma-card>
          <lemma-card id="good" lemma="wederkerigheid"></lemma-card>
        </div>`,
      );
      const bad = wrapper.querySelector<LemmaCard>('#bad')!;
      const good = wrapper.querySelector<LemmaCard>('#good')!;
      const failed = oneEvent(bad, 'nabij-error');
      const warnings = await captureWarnings(async () => {
        bad.content = { ...validLemma, keyConcepts: [{ term: 42, explanation: 'x' }], title: '' };
        await failed;
        bad.requestUpdate();
        await bad.updateComplete;
      });
      const event = await failed;
      expect(event.detail.code).to.equal('invalid-content');
      expect(event.detail.issues.map((issue: { path: string }) => issue.path)).to.include.members([
        'title',
        'keyConcepts[0].term',
      ]);
      const alert = shadow(bad).querySelector('[role="alert"]');
      expect(visibleText(alert)).to.contain('keyConcepts[0].term: string verwacht, number gevonden');
      expect(visibleText(alert)).to.contain('title: een niet-lege tekst');
      expect(warnings.filter((warning) => warning.includes('lemma-card')).length).to.equal(1);
      await settled(good);
      expect(visibleText(shadow(good).querySelector('[part="title"]'))).to.equal('Lemma: Wederkerigheid');
    });

    it('names each missing required field', async () => {
      const el = await card(html`<lemma-card .content=${{ type: 'lemma', title: 'Zonder bron' }}></lemma-card>`);
      const alert = visibleText(shadow(el).querySelector('[role="alert"]'));
      for (const field of ['id', 'lang', 'source', 'summary']) {
        expect(alert).to.contain(`${field}: dit verplichte veld ontbreekt`);
      }
      expect(alert).to.contain('eigenschap content');
    });

    it('refuses a javascript: link in rich text', async () => {
      const el = await card(
        html`<lemma-card
          .content=${{
            ...validLemma,
            summary: [{ type: 'paragraph', children: [{ type: 'link', href: 'javascript:alert(1)', text: 'klik' }] }],
          }}
        ></lemma-card>`,
      );
      expect(visibleText(shadow(el).querySelector('[role="alert"]'))).to.contain('summary[0].children[0].href');
      expect(shadow(el).querySelector('a[href^="javascript"]')).to.equal(null);
    });

    it('shows markup in content as text, never as HTML', async () => {
      const el = await card(
        html`<lemma-card
          .content=${{ ...validLemma, title: '<img src=x onerror="window.__hacked=1">Titel' }}
        ></lemma-card>`,
      );
      const title = shadow(el).querySelector('[part="title"]')!;
      expect(title.querySelector('img')).to.equal(null);
      expect(title.textContent).to.contain('<img src=x');
      expect((window as { __hacked?: number }).__hacked).to.equal(undefined);
    });

    it('reports unreadable inline JSON', async () => {
      const el = await card(
        html`<lemma-card
          ><script type="application/json">
            { "type": "lemma",
          </script></lemma-card
        >`,
      );
      expect(visibleText(shadow(el).querySelector('[role="alert"]'))).to.contain('De JSON kan niet worden gelezen');
    });
  });

  describe('related lemmas', () => {
    it('links related lemmas through href-template and lets the host take over navigation', async () => {
      const el = await card(
        html`<lemma-card lemma="sociale-basis" variant="full" href-template="#/lexicon/{id}"></lemma-card>`,
      );
      const link = shadow(el).querySelector<HTMLAnchorElement>('a[part="related-link"]')!;
      expect(link.getAttribute('href')).to.match(/^#\/lexicon\/[a-z-]+$/);
      const id = link.getAttribute('href')!.split('/').at(-1);
      el.addEventListener('nabij-navigate', (event) => event.preventDefault(), { once: true });
      const navigated = oneEvent(el, 'nabij-navigate');
      const before = location.hash;
      link.click();
      expect((await navigated).detail).to.deep.equal({ kind: 'lemma', id, href: `#/lexicon/${id}` });
      expect(location.hash).to.equal(before);
    });

    it('without href-template, Enter on a related lemma fires nabij-navigate and shows that lemma with focus on its title', async () => {
      const el = await card(html`<lemma-card lemma="wederkerigheid" variant="full"></lemma-card>`);
      const button = shadow(el).querySelector<HTMLButtonElement>('button[part="related-link"]')!;
      const target = button.textContent!.trim();
      button.focus();
      const navigated = oneEvent(el, 'nabij-navigate');
      await sendKeys({ press: 'Enter' });
      const { detail } = await navigated;
      expect(detail.href).to.equal(undefined);
      await until(() => el.lemma === detail.id && el.lemmaData?.id === detail.id);
      await until(() => shadow(el).activeElement?.getAttribute('part') === 'title', 'focus should move to the title');
      expect(visibleText(shadow(el).activeElement)).to.equal(`Lemma: ${target}`);
    });
  });

  describe('cases on this lemma', () => {
    const WEDERKERIGHEID_CASES = ['Ongemakkelijke lofbetuigingen', 'Op zoek naar de nieuwe vrijwilliger'];

    async function withCases(template: ReturnType<typeof html>): Promise<LemmaCard> {
      const el = await card(template);
      await until(() => shadow(el).querySelector('[part="case-list"]'), 'the case list did not appear');
      return el;
    }

    const caseTitles = (el: LemmaCard) =>
      [...shadow(el).querySelectorAll('[part="case-link"]')].map((link) => visibleText(link));

    it('shows "Casussen bij dit lemma" with the titles of the cases that link the lemma, in casebook order', async () => {
      const el = await withCases(html`<lemma-card lemma="wederkerigheid" variant="full"></lemma-card>`);
      const heading = shadow(el).querySelector('#cases-heading')!;
      expect(visibleText(heading)).to.equal('Casussen bij dit lemma');
      expect(heading.tagName).to.equal('H3');
      expect(caseTitles(el)).to.deep.equal(WEDERKERIGHEID_CASES);
      expect(isShown(shadow(el).querySelector('[part="case-list"]'))).to.equal(true);
    });

    it('says "Cases on this lemma" in English', async () => {
      const el = await withCases(html`<lemma-card lemma="wederkerigheid" variant="full" lang="en"></lemma-card>`);
      await until(() => visibleText(shadow(el).querySelector('#cases-heading')) === 'Cases on this lemma');
    });

    it('without case-href-template, Enter on a case fires nabij-navigate with kind "case" and the card stays', async () => {
      const el = await withCases(html`<lemma-card lemma="wederkerigheid" variant="full"></lemma-card>`);
      const button = shadow(el).querySelector<HTMLButtonElement>('button[part="case-link"]')!;
      expect(button.tabIndex).to.equal(0);
      button.focus();
      expect(shadow(el).activeElement).to.equal(button);
      const navigated = oneEvent(el, 'nabij-navigate');
      await sendKeys({ press: 'Enter' });
      expect((await navigated).detail).to.deep.equal({ kind: 'case', id: 'casus-6', href: undefined });
      await el.updateComplete;
      expect(el.lemma).to.equal('wederkerigheid');
      expect(el.lemmaData?.id).to.equal('wederkerigheid');
    });

    it('follows case-href-template (not href-template) and lets the host take over', async () => {
      const el = await withCases(
        html`<lemma-card
          lemma="wederkerigheid"
          variant="full"
          href-template="#/lexicon/{id}"
          case-href-template="#/casussen/{id}"
        ></lemma-card>`,
      );
      const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('a[part="case-link"]')];
      expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([
        '#/casussen/casus-6',
        '#/casussen/casus-16',
      ]);
      el.addEventListener('nabij-navigate', (event) => event.preventDefault(), { once: true });
      const navigated = oneEvent(el, 'nabij-navigate');
      const before = location.hash;
      links[1].click();
      expect((await navigated).detail).to.deep.equal({ kind: 'case', id: 'casus-16', href: '#/casussen/casus-16' });
      expect(location.hash).to.equal(before);
    });

    it('follows the lemma shown now when the reader moves to a related lemma', async () => {
      const el = await withCases(html`<lemma-card lemma="wederkerigheid" variant="full"></lemma-card>`);
      el.lemma = 'sociale-teams';
      await until(() => caseTitles(el).includes('Nieuwe gemeente, nieuw wijkteam'));
      expect(caseTitles(el)).to.not.include('Ongemakkelijke lofbetuigingen');
    });

    it('shows no cases for publisher content, even when its id matches a built-in lemma', async () => {
      const el = await card(
        html`<lemma-card variant="full" .content=${{ ...validLemma, id: 'wederkerigheid' }}></lemma-card>`,
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="case-list"]')).to.equal(null);
    });

    it('passes axe with the case list shown', async () => {
      const el = await withCases(html`<lemma-card lemma="wederkerigheid" variant="full"></lemma-card>`);
      await expect(el).to.be.accessible();
    });

    it('prints the case list of a compact card as plain text', async function () {
      const el = await withCases(html`<lemma-card lemma="wederkerigheid"></lemma-card>`);
      const list = shadow(el).querySelector('[part="case-list"]');
      expect(isShown(list)).to.equal(false);
      await emulateOrSkip(this, { media: 'print' });
      try {
        expect(isShown(list)).to.equal(true);
        expect(getComputedStyle(shadow(el).querySelector('[part="case-link"]')!).borderTopStyle).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('language', () => {
    it('speaks Dutch by default and English when lang="en" is set on the element', async () => {
      const el = await card(html`<lemma-card lemma="wederkerigheid"></lemma-card>`);
      expect(visibleText(shadow(el).querySelector('#concepts-heading'))).to.equal('Kernbegrippen');
      el.setAttribute('lang', 'en');
      await until(() => visibleText(shadow(el).querySelector('#concepts-heading')) === 'Key concepts');
      expect(visibleText(shadow(el).querySelector('[part="byline"]'))).to.match(/^By /);
      // The content stays Dutch and says so, for screen readers and hyphenation.
      expect(shadow(el).querySelector('article')!.getAttribute('lang')).to.equal('nl');
    });

    it('joins three or more authors with commas and "en" or "and"', async () => {
      const lemma = (await loadBuiltinLemma('wederkerigheid')) as Record<string, unknown>;
      const authors = ['Ann de Vries', 'Bo Jansen', 'Cas Bakker'];
      const el = await card(html`<lemma-card .content=${{ ...lemma, authors }}></lemma-card>`);
      expect(visibleText(shadow(el).querySelector('[part="byline"]'))).to.equal(
        'Door Ann de Vries, Bo Jansen en Cas Bakker',
      );
      el.setAttribute('lang', 'en');
      await until(() => visibleText(shadow(el).querySelector('[part="byline"]')).startsWith('By '));
      expect(visibleText(shadow(el).querySelector('[part="byline"]'))).to.equal(
        'By Ann de Vries, Bo Jansen and Cas Bakker',
      );
    });

    it('follows the nearest ancestor with lang, then <html lang>', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en-GB"><lemma-card lemma="wederkerigheid"></lemma-card></div>`,
      );
      const el = wrapper.querySelector<LemmaCard>('lemma-card')!;
      await settled(el);
      expect(visibleText(shadow(el).querySelector('#concepts-heading'))).to.equal('Key concepts');
      wrapper.removeAttribute('lang');
      const htmlLang = document.documentElement.getAttribute('lang');
      document.documentElement.setAttribute('lang', 'en');
      try {
        await until(() => visibleText(shadow(el).querySelector('#concepts-heading')) === 'Key concepts');
        document.documentElement.setAttribute('lang', 'nl');
        await until(() => visibleText(shadow(el).querySelector('#concepts-heading')) === 'Kernbegrippen');
      } finally {
        if (htmlLang === null) document.documentElement.removeAttribute('lang');
        else document.documentElement.setAttribute('lang', htmlLang);
      }
    });

    it('shows errors in the UI language', async () => {
      const el = await card(html`<lemma-card lang="en" lemma="nope"></lemma-card>`);
      expect(visibleText(shadow(el).querySelector('[role="alert"]'))).to.contain(
        'There is no built-in content with the id “nope”',
      );
    });
  });

  describe('slot and print', () => {
    it('shows the publisher’s additions from the default slot', async () => {
      const el = await card(html`<lemma-card lemma="wederkerigheid"><p>Zie ook module 3.</p></lemma-card>`);
      const slot = shadow(el).querySelector('slot')!;
      expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Zie ook module 3.']);
    });

    it('prints every part of a compact card, with related lemmas as plain text', async function () {
      const el = await card(html`<lemma-card lemma="alledaagse-attentheid"></lemma-card>`);
      const references = shadow(el).querySelector('[part="references"]');
      expect(isShown(references)).to.equal(false);
      await emulateOrSkip(this, { media: 'print' });
      try {
        expect(isShown(references)).to.equal(true);
        const related = shadow(el).querySelector('[part="related-link"]')!;
        expect(getComputedStyle(related).borderTopStyle).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('accessibility', () => {
    it('passes axe in the compact variant', async () => {
      const el = await card(html`<lemma-card lemma="sociale-basis"></lemma-card>`);
      await expect(el).to.be.accessible();
    });

    it('passes axe in the full variant', async () => {
      const el = await card(html`<lemma-card lemma="alledaagse-attentheid" variant="full"></lemma-card>`);
      await expect(el).to.be.accessible();
    });

    it('passes axe in the error state', async () => {
      const el = await card(html`<lemma-card .content=${{ type: 'lemma' }}></lemma-card>`);
      await expect(el).to.be.accessible();
    });

    it('reflows in 320 CSS pixels (400 % zoom of a 1280 px window) without horizontal scrolling', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 320px"><lemma-card lemma="sociale-basis" variant="full"></lemma-card></div>`,
      );
      const el = wrapper.querySelector<LemmaCard>('lemma-card')!;
      await settled(el);
      const card = shadow(el).querySelector<HTMLElement>('[part="card"]')!;
      expect(card.scrollWidth).to.be.at.most(card.clientWidth + 2);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
    });

    it('gives related-lemma targets at least 44 by 44 px', async () => {
      const el = await card(html`<lemma-card lemma="sociale-basis" variant="full"></lemma-card>`);
      const targets = [...shadow(el).querySelectorAll<HTMLElement>('[part="related-link"]')];
      expect(targets.length).to.be.greaterThan(0);
      for (const target of targets) {
        const box = target.getBoundingClientRect();
        expect(box.height).to.be.at.least(44);
        expect(box.width).to.be.at.least(44);
      }
    });
  });

  describe('registration', () => {
    it('is defined once and defining again neither throws nor warns', async () => {
      expect(customElements.get('lemma-card')).to.equal(LemmaCard);
      const warnings = await captureWarnings(() => {
        expect(define()).to.equal('lemma-card');
        expect(defineElement('lemma-card', LemmaCard)).to.equal('lemma-card');
      });
      expect(warnings).to.deep.equal([]);
    });

    it('warns once when another version holds the tag, and leaves it alone', async () => {
      class OtherVersion extends HTMLElement {
        static readonly nabijVersion = '0.0.1-other';
      }
      customElements.define('other-card', OtherVersion);
      const warnings = await captureWarnings(() => {
        defineElement('other-card', LemmaCard);
        defineElement('other-card', LemmaCard);
      });
      expect(warnings.length).to.equal(1);
      expect(warnings[0]).to.contain('0.0.1-other');
      expect(customElements.get('other-card')).to.equal(OtherVersion);
    });

    it('registers under a prefix so two copies can live on one page', async () => {
      expect(define('v2')).to.equal('v2-lemma-card');
      const el = document.createElement('v2-lemma-card') as LemmaCard;
      el.setAttribute('lemma', 'wederkerigheid');
      document.body.append(el);
      await settled(el);
      expect(el).to.be.instanceOf(LemmaCard);
      expect(visibleText(shadow(el).querySelector('[part="title"]'))).to.equal('Lemma: Wederkerigheid');
      el.remove();
    });
  });
});
