import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/elements/casus-viewer/define.js';
import type { CasusViewer } from '../src/elements/casus-viewer/casus-viewer.js';
import { emulateOrSkip, settled, shadow, until, visibleText } from './helpers.js';

async function viewer(template: ReturnType<typeof html>): Promise<CasusViewer> {
  const element = await fixture<CasusViewer>(template);
  await settled(element);
  return element;
}

const sectionHeadings = (el: CasusViewer) =>
  [...shadow(el).querySelectorAll('.case > [part="section"] :is(h3, h4)')].map((node) => visibleText(node));
const live = (el: CasusViewer) => visibleText(shadow(el).querySelector('.visually-hidden[role="status"]'));
const button = (el: CasusViewer, text: string) =>
  [...shadow(el).querySelectorAll<HTMLButtonElement>('button')].find((candidate) =>
    visibleText(candidate).startsWith(text),
  )!;

/** Types into a field the way a user does: value, then an input event. */
async function type(el: CasusViewer, field: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  field.focus();
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

describe('<casus-viewer>', () => {
  beforeEach(() => localStorage.clear());

  describe('reading', () => {
    it('shows the part, actors, keywords, lead and introduction, and holds the story back', async () => {
      const el = await viewer(html`<casus-viewer casus="1"></casus-viewer>`);
      const root = shadow(el);
      expect(visibleText(root.querySelector('[part="title"]'))).to.equal('Casus 1: Opgeruimd staat netjes?');
      expect(visibleText(root.querySelector('.part'))).to.equal('Deel 1: Bewoners');
      expect(visibleText(root.querySelector('.facts'))).to.contain('Actoren: Bewoner, sociaal netwerk, Wmo-consulent');
      expect(visibleText(root.querySelector('.facts'))).to.contain('keukentafelgesprek');
      expect(visibleText(root.querySelector('[part="lead"]')).length).to.be.greaterThan(40);
      expect(sectionHeadings(el)).to.deep.equal([]);
      expect(visibleText(root.querySelector('[part="reveal"]'))).to.contain('0 van 3 delen gelezen');
      expect(root.querySelector('.question-list')?.closest('.print-only')).to.exist;
    });

    it('opens one part at a time with "Lees verder", moves focus to it and announces it', async () => {
      const el = await viewer(html`<casus-viewer casus="casus-1"></casus-viewer>`);
      button(el, 'Lees verder').focus();
      await sendKeys({ press: 'Enter' });
      await until(() => sectionHeadings(el).length === 1);
      expect(sectionHeadings(el)).to.deep.equal(['Alleen wordt de wereld kleiner']);
      await until(() => shadow(el).activeElement?.id === 'section-0', 'focus should move to the new heading');
      expect(live(el)).to.equal('Deel 1 van 3: Alleen wordt de wereld kleiner');
      button(el, 'Lees verder').click();
      await until(() => sectionHeadings(el).length === 2);
      expect(shadow(el).querySelector('.question-list')?.closest('.print-only')).to.exist;
      button(el, 'Lees verder').click();
      await until(() => sectionHeadings(el).length === 3);
      expect(shadow(el).querySelector('[part="reveal"]')).to.equal(null);
      expect(shadow(el).querySelector('.question-list')?.closest('.print-only')).to.equal(null);
      expect(shadow(el).querySelectorAll('[part="question"]')).to.have.length(6);
    });

    it('shows everything at once with "Toon alles", or with reveal="all"', async () => {
      const el = await viewer(html`<casus-viewer casus="8"></casus-viewer>`);
      button(el, 'Toon alles').click();
      await until(() => sectionHeadings(el).length === 5);
      expect(sectionHeadings(el)).to.deep.equal([
        'Moederkind-bezoeken',
        'Code Rood',
        'PGB en MDO',
        'Rehab in Schotland',
        'Overdragen maar niet opgeven',
      ]);
      await until(() => shadow(el).activeElement?.id === 'section-0');
      const straight = await viewer(html`<casus-viewer casus="8" reveal="all"></casus-viewer>`);
      expect(sectionHeadings(straight)).to.have.length(5);
      expect(shadow(straight).querySelectorAll('[part="question"]')).to.have.length(9);
    });
  });

  describe('answers', () => {
    it('gives a pros-and-cons question two columns with the requested number of fields', async () => {
      const el = await viewer(html`<casus-viewer casus="6" reveal="all"></casus-viewer>`);
      const [first, second] = [...shadow(el).querySelectorAll('[part="question"]')];
      const legends = (question: Element) => [...question.querySelectorAll('legend')].map((node) => visibleText(node));
      expect(legends(first)).to.deep.equal(['Voordelen (3)', 'Nadelen (3)']);
      expect(first.querySelectorAll('fieldset input')).to.have.length(6);
      expect(legends(second)).to.deep.equal(['Voordelen (2)', 'Nadelen (2)']);
      const pro = second.querySelector<HTMLInputElement>('fieldset input')!;
      expect(visibleText(shadow(el).querySelector(`label[for="${pro.id}"]`))).to.equal('Voordeel 1');
      const changed = oneEvent(el, 'nabij-answer');
      await type(el, pro, 'Iedereen is welkom');
      expect((await changed).detail.answers['vraag-2']).to.deep.equal({ pros: ['Iedereen is welkom'], cons: [] });
    });

    it('gives a "name three" question a numbered list of three fields', async () => {
      const el = await viewer(html`<casus-viewer casus="5" reveal="all"></casus-viewer>`);
      const first = shadow(el).querySelector('[part="question"]')!;
      expect([...first.querySelectorAll('label')].map((node) => visibleText(node))).to.deep.equal([
        'Punt 1',
        'Punt 2',
        'Punt 3',
      ]);
    });

    it('counts sentences against the limit of a short answer and says when there are too many', async () => {
      const el = await viewer(html`<casus-viewer casus="16" reveal="all"></casus-viewer>`);
      const last = [...shadow(el).querySelectorAll('[part="question"]')].at(-1)!;
      expect(visibleText(last.querySelector('.hint'))).to.equal('In hoogstens 5 zinnen.');
      const field = last.querySelector('textarea')!;
      await type(el, field, 'Eén. Twee. Drie.');
      expect(visibleText(last.querySelector('[id$="-count"]'))).to.equal('3 van hoogstens 5 zinnen');
      await type(el, field, 'Eén. Twee. Drie. Vier. Vijf. Zes.');
      expect(visibleText(last.querySelector('[id$="-count"]'))).to.equal(
        'Je hebt nu 6 zinnen geschreven; schrijf er hoogstens 5.',
      );
      expect(field.getAttribute('aria-describedby')).to.contain('vraag-5-text');
    });

    it('links a reading task to its resource, and names a resource it has no link for', async () => {
      const el = await viewer(html`<casus-viewer casus="6" reveal="all"></casus-viewer>`);
      const tasks = [...shadow(el).querySelectorAll('.task')];
      const reading = tasks.find((task) => visibleText(task).startsWith('Leestaak: '))!;
      expect(reading.querySelector('a')?.getAttribute('href')).to.match(/^https:\/\/www\.socialevraagstukken\.nl\//);
      const lookUp = tasks.find((task) => visibleText(task).startsWith('Zoektaak'))!;
      expect(lookUp).to.exist;
    });

    it('explains a linked concept with a lemma-term popover', async () => {
      const el = await viewer(html`<casus-viewer casus="6" reveal="all"></casus-viewer>`);
      const terms = [...shadow(el).querySelectorAll('lemma-term')];
      expect([...new Set(terms.map((item) => item.getAttribute('lemma')))]).to.have.members([
        'bewonersinitiatieven',
        'wederkerigheid',
        'leefwereld-en-systeemwereld',
      ]);
      const term = terms.find((item) => item.getAttribute('lemma') === 'wederkerigheid')!;
      await until(() => customElements.get('lemma-term') && term.shadowRoot?.querySelector('.popover strong'));
      expect(visibleText(term.shadowRoot!.querySelector('.popover strong'))).to.equal('Wederkerigheid');
    });

    it('links a concept a question names to its lemma; the answers as text and the statements keep plain words', async () => {
      const el = await viewer(html`<casus-viewer casus="6" reveal="all"></casus-viewer>`);
      const fourth = [...shadow(el).querySelectorAll('[part="question"]')][3];
      const term = fourth.querySelector('lemma-term')!;
      expect(term.getAttribute('lemma')).to.equal('leefwereld-en-systeemwereld');
      expect(visibleText(term)).to.equal('leefwereld en systeemwereld');
      expect(visibleText(fourth.querySelector('p'))).to.contain('het verschil tussen leefwereld en systeemwereld, een');
      expect(el.answersMarkdown()).to.contain(
        '> Hoe BurenSamen en de gemeente elk anders werken, wordt soms beschreven als het verschil tussen leefwereld en systeemwereld, een',
      );
      await until(() => customElements.get('lemma-term') && term.shadowRoot?.querySelector('.popover strong'));
      expect(visibleText(term.shadowRoot!.querySelector('.popover strong'))).to.equal('Leefwereld en systeemwereld');
    });

    it('keeps answers in memory only, unless persist="local" is set', async () => {
      const plain = await viewer(html`<casus-viewer casus="2" reveal="all"></casus-viewer>`);
      await type(plain, shadow(plain).querySelector('textarea')!, 'Eerst luisteren.');
      expect(plain.answers).to.deep.equal({ 'vraag-1': 'Eerst luisteren.' });
      expect(localStorage.length).to.equal(0);
      expect(visibleText(shadow(plain).querySelector('[part="tools"] p'))).to.contain('alleen op deze pagina');

      const kept = await viewer(html`<casus-viewer casus="2" reveal="all" persist="local"></casus-viewer>`);
      await type(kept, shadow(kept).querySelector('textarea')!, 'Samen met de moeder.');
      expect(JSON.parse(localStorage.getItem('nabij-casus:casus-2')!)).to.deep.equal({
        'vraag-1': 'Samen met de moeder.',
      });
      kept.remove();
      const again = await viewer(html`<casus-viewer casus="2" reveal="all" persist="local"></casus-viewer>`);
      expect(shadow(again).querySelector('textarea')!.value).to.equal('Samen met de moeder.');
      button(again, 'Wis mijn antwoorden').click();
      await again.updateComplete;
      expect(again.answers).to.deep.equal({});
      expect(localStorage.getItem('nabij-casus:casus-2')).to.equal(null);
      expect(shadow(again).querySelector('textarea')!.value).to.equal('');
      expect(visibleText(shadow(again).querySelector('.message'))).to.equal('Je antwoorden zijn gewist.');
    });

    it('keeps working, and says so, when localStorage throws', async () => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        const el = await viewer(html`<casus-viewer casus="2" reveal="all" persist="local"></casus-viewer>`);
        await type(el, shadow(el).querySelector('textarea')!, 'Toch bewaard in de pagina.');
        expect(el.answers['vraag-1']).to.equal('Toch bewaard in de pagina.');
        expect(visibleText(shadow(el).querySelector('[role="alert"]'))).to.contain('Bewaren in deze browser lukt niet');
      } finally {
        Storage.prototype.setItem = original;
      }
    });

    it('ignores a damaged stored entry and answers of the wrong shape', async () => {
      localStorage.setItem('nabij-casus:casus-6', JSON.stringify({ 'vraag-1': 'geen lijst', 'vraag-3': 'Goed zo.' }));
      const el = await viewer(html`<casus-viewer casus="6" reveal="all" persist="local"></casus-viewer>`);
      expect(el.answers).to.deep.equal({ 'vraag-3': 'Goed zo.' });
    });

    it('exports the questions with the answers as text, and offers it as a download', async () => {
      const el = await viewer(html`<casus-viewer casus="6" reveal="all"></casus-viewer>`);
      const second = [...shadow(el).querySelectorAll('[part="question"]')][1];
      await type(el, second.querySelector<HTMLInputElement>('fieldset input')!, 'Laagdrempelig');
      const text = el.answersMarkdown();
      expect(text).to.match(/^# Yin en yang in het sociaal domein: casus 6, Ongemakkelijke lofbetuigingen/);
      expect(text).to.contain('## Vraag 2');
      expect(text).to.contain('Voordelen:\n- Laagdrempelig');
      expect(text).to.contain('## Vraag 1\n');
      expect(text).to.contain('(nog geen antwoord)');
      const created: Blob[] = [];
      const original = URL.createObjectURL;
      URL.createObjectURL = (blob: Blob) => {
        created.push(blob);
        return original.call(URL, blob);
      };
      const clicked = new Promise<HTMLAnchorElement>((resolve) => {
        const originalClick = HTMLAnchorElement.prototype.click;
        HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
          HTMLAnchorElement.prototype.click = originalClick;
          resolve(this);
        };
      });
      try {
        button(el, 'Download mijn antwoorden').click();
        const link = await clicked;
        expect(link.download).to.equal('casus-6-antwoorden.md');
        expect(await created[0].text()).to.equal(text);
      } finally {
        URL.createObjectURL = original;
      }
    });
  });

  describe('answer fields shaped as the question asks', () => {
    it('asks case 3 question 1 on a scale: a radio group with named ends, operable by keyboard', async () => {
      const el = await viewer(html`<casus-viewer casus="3" reveal="all"></casus-viewer>`);
      const first = shadow(el).querySelector('[part="question"]')!;
      const group = first.querySelector<HTMLFieldSetElement>('fieldset[role="radiogroup"]')!;
      expect(visibleText(group.querySelector('legend'))).to.equal('Jouw keuze op de schaal');
      const radios = [...group.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
      expect(radios.map((radio) => visibleText(radio.closest('label')))).to.deep.equal([
        '1 helemaal onjuist',
        '2',
        '3',
        '4',
        '5 helemaal juist',
      ]);
      radios[0].focus();
      await sendKeys({ press: ' ' }); // the space bar (BiDi has no key named "Space")
      await until(() => radios[0].checked, 'Space should choose the focused point');
      await sendKeys({ press: 'ArrowRight' });
      await until(() => radios[1].checked, 'ArrowRight should move to the next point');
      expect(shadow(el).activeElement).to.equal(radios[1]);
      expect(radios.filter((radio) => radio.checked)).to.have.length(1);
      await type(el, first.querySelector('textarea')!, 'Hij hielp, maar een DigiD is persoonlijk.');
      expect(el.answers['vraag-1']).to.deep.equal({ value: 2, text: 'Hij hielp, maar een DigiD is persoonlijk.' });
      const scale = '2 op een schaal van 1 (helemaal onjuist) tot 5 (helemaal juist)';
      expect(el.answersMarkdown()).to.contain(`${scale}\n\nHij hielp`);
      expect(visibleText(first.querySelector('.print-answer'))).to.equal(
        `${scale} Hij hielp, maar een DigiD is persoonlijk.`,
      );
      expect(el.state.answers['vraag-1']).to.deep.equal({
        value: 2,
        text: 'Hij hielp, maar een DigiD is persoonlijk.',
      });
      await expect(el).to.be.accessible();
    });

    it('restores a scale answer from a state, and a stored one', async () => {
      const el = await viewer(html`<casus-viewer casus="3" reveal="all" persist="local"></casus-viewer>`);
      el.state = { ...el.state, answers: { 'vraag-1': { value: 4, text: 'Goed bedoeld.' } } };
      await el.updateComplete;
      const checked = () => shadow(el).querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value;
      expect(checked()).to.equal('4');
      el.remove();
      const again = await viewer(html`<casus-viewer casus="3" reveal="all" persist="local"></casus-viewer>`);
      expect(again.answers['vraag-1']).to.deep.equal({ value: 4, text: 'Goed bedoeld.' });
      expect(shadow(again).querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value).to.equal('4');
    });

    it('names the columns the way the question does: opportunities and threats, a reason for and against', async () => {
      const five = await viewer(html`<casus-viewer casus="5" reveal="all"></casus-viewer>`);
      const third = [...shadow(five).querySelectorAll('[part="question"]')][2];
      expect([...third.querySelectorAll('legend')].map((node) => visibleText(node))).to.deep.equal([
        'Kansen (2)',
        'Bedreigingen (2)',
      ]);
      expect([...third.querySelectorAll('label')].map((node) => visibleText(node))).to.deep.equal([
        'Kans 1',
        'Kans 2',
        'Bedreiging 1',
        'Bedreiging 2',
      ]);
      expect(visibleText(third)).not.to.match(/Voorde|Nade/);
      await type(five, third.querySelector('input')!, 'Ze kent de buurt');
      expect(five.answersMarkdown()).to.contain('Kansen:\n- Ze kent de buurt\n\nBedreigingen:');
      expect(visibleText(third.querySelector('.print-answer'))).to.equal('Kansen: Ze kent de buurt Bedreigingen:');

      const seven = await viewer(html`<casus-viewer casus="7" reveal="all"></casus-viewer>`);
      const fourth = [...shadow(seven).querySelectorAll('[part="question"]')][3];
      expect([...fourth.querySelectorAll('legend')].map((node) => visibleText(node))).to.deep.equal([
        'Reden vóór formaliseren (1)',
        'Reden tegen formaliseren (1)',
      ]);
      expect([...fourth.querySelectorAll('label')].map((node) => visibleText(node))).to.deep.equal([
        'Reden vóór formaliseren',
        'Reden tegen formaliseren',
      ]);
      const fields = fourth.querySelectorAll('input');
      await type(seven, fields[1], 'Minder vrijheid');
      expect(seven.answersMarkdown()).to.contain('Reden tegen formaliseren:\n- Minder vrijheid');
    });

    it('asks case 7 question 1 for exactly two sentences and says so when there are more', async () => {
      const el = await viewer(html`<casus-viewer casus="7" reveal="all"></casus-viewer>`);
      const first = shadow(el).querySelector('[part="question"]')!;
      const count = () => first.querySelector('[id$="-count"]')!;
      expect(visibleText(first.querySelector('.hint'))).to.equal('In precies 2 zinnen.');
      const field = first.querySelector('textarea')!;
      await type(el, field, 'Publik verbindt.');
      expect(visibleText(count())).to.equal('1 van de 2 zinnen');
      await type(el, field, 'Publik verbindt. Iedereen doet mee.');
      expect(visibleText(count())).to.equal('2 van de 2 zinnen');
      expect(count().classList.contains('hint--over')).to.equal(false);
      await type(el, field, 'Publik verbindt. Iedereen doet mee. En nog iets.');
      expect(visibleText(count())).to.equal('Je hebt nu 3 zinnen geschreven; schrijf er precies 2.');
      expect(count().classList.contains('hint--over')).to.equal(true);
      expect(field.getAttribute('aria-describedby')).to.contain(count().id);

      const english = await viewer(html`<casus-viewer casus="7" reveal="all" lang="en"></casus-viewer>`);
      await until(() => visibleText(shadow(english).querySelector('.hint')) === 'In exactly 2 sentences.');
    });
  });

  describe('discussion mode', () => {
    it('shows one slide at a time and moves with the keys and the buttons', async () => {
      const el = await viewer(html`<casus-viewer casus="2" mode="discussion"></casus-viewer>`);
      const count = () => visibleText(shadow(el).querySelector('.slide-count'));
      const total = 1 + 2 + 5;
      expect(count()).to.equal(`Dia 1 van ${total}`);
      expect(button(el, 'Vorige').disabled).to.equal(true);
      button(el, 'Volgende').click();
      await el.updateComplete;
      expect(count()).to.equal(`Dia 2 van ${total}`);
      await until(() => shadow(el).activeElement?.id === 'section-0', 'focus should move to the slide heading');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(visibleText(shadow(el).activeElement)).to.equal(visibleText(shadow(el).querySelector('.slide h3')));
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(count()).to.equal(`Dia ${total} van ${total}`);
      expect(visibleText(shadow(el).querySelector('.slide'))).to.match(/^Vraag 5/);
      expect(button(el, 'Volgende').disabled).to.equal(true);
      await until(() => shadow(el).activeElement?.id === 'slide-heading');
      await sendKeys({ press: 'PageUp' });
      await el.updateComplete;
      expect(count()).to.equal(`Dia ${total - 1} van ${total}`);
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(count()).to.equal(`Dia 1 van ${total}`);
      expect(live(el)).to.equal(`Dia 1 van ${total}`);
    });
  });

  describe('print', () => {
    it('prints the whole case with the answers as text and without controls', async function () {
      const el = await viewer(html`<casus-viewer casus="2"></casus-viewer>`);
      el.reveal = 'all';
      await el.updateComplete;
      await type(el, shadow(el).querySelector('textarea')!, 'Mijn antwoord op papier.');
      el.reveal = 'stepwise';
      await el.updateComplete;
      const hidden = shadow(el).querySelector<HTMLElement>('.print-only')!;
      expect(getComputedStyle(hidden).display).to.equal('none');
      await emulateOrSkip(this, { media: 'print' });
      try {
        expect(getComputedStyle(hidden).display).to.equal('block');
        const answer = shadow(el).querySelector<HTMLElement>('.print-answer')!;
        expect(getComputedStyle(answer).display).to.equal('block');
        expect(visibleText(answer)).to.equal('Mijn antwoord op papier.');
        expect(getComputedStyle(shadow(el).querySelector('[part="reveal"]')!).display).to.equal('none');
        expect(getComputedStyle(shadow(el).querySelector('[part="tools"]')!).display).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('content and accessibility', () => {
    it('shows the field paths of invalid case content, the first eight and how many more', async () => {
      const el = await viewer(html`<casus-viewer .content=${{ type: 'case', questions: [] }}></casus-viewer>`);
      const alert = visibleText(shadow(el).querySelector('[role="alert"]'));
      expect(alert).to.contain('title: dit verplichte veld ontbreekt');
      expect(alert).to.contain('en nog 6 andere fouten');
    });

    it('passes axe at the start, with everything open and answered, and in discussion mode', async () => {
      const start = await viewer(html`<casus-viewer casus="8"></casus-viewer>`);
      await expect(start).to.be.accessible();
      const open = await viewer(html`<casus-viewer casus="6" reveal="all"></casus-viewer>`);
      await type(open, shadow(open).querySelector<HTMLInputElement>('fieldset input')!, 'Ja');
      await expect(open).to.be.accessible();
      const discussion = await viewer(html`<casus-viewer casus="6" mode="discussion"></casus-viewer>`);
      await expect(discussion).to.be.accessible();
    });

    it('fits 320 CSS pixels without horizontal scrolling', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 320px"><casus-viewer casus="6" reveal="all"></casus-viewer></div>`,
      );
      const el = wrapper.querySelector<CasusViewer>('casus-viewer')!;
      await settled(el);
      const article = shadow(el).querySelector<HTMLElement>('[part="case"]')!;
      expect(article.scrollWidth).to.be.at.most(article.clientWidth + 2);
    });
  });
});
