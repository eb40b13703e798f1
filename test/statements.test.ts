import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/casus-index/define.js';
import '../src/elements/casus-viewer/define.js';
import '../src/elements/ladder-van-verbintenis/define.js';
import '../src/elements/lemma-card/define.js';
import type { CasusIndex } from '../src/elements/casus-index/casus-index.js';
import type { CasusViewer } from '../src/elements/casus-viewer/casus-viewer.js';
import type { LadderVanVerbintenis } from '../src/elements/ladder-van-verbintenis/ladder-van-verbintenis.js';
import type { LemmaCard } from '../src/elements/lemma-card/lemma-card.js';
import type { NabijStatement } from '../src/core/statements.js';
import { settled, shadow, showSettled, until, visibleText } from './helpers.js';

const VERB = (verb: string) => `http://adlnet.gov/expapi/verbs/${verb}`;
const LADDER = 'ladder-van-onderlinge-verbintenissen';

/**
 * Records every statement that reaches the document (they bubble and are composed), from before an element is
 * created: the first one comes with the content load.
 */
function recorder() {
  const statements: NabijStatement[] = [];
  const listener = (event: Event) => statements.push((event as CustomEvent<NabijStatement>).detail);
  return {
    listen: () => document.addEventListener('nabij-statement', listener),
    stop: () => document.removeEventListener('nabij-statement', listener),
    statements,
    of: (verb: string) => statements.filter((statement) => statement.verb.id === VERB(verb)),
    /** Resolves with the statement once one with this verb (and object id, if given) has arrived. */
    async next(verb: string, objectId?: string): Promise<NabijStatement> {
      const match = () =>
        statements.find((s) => s.verb.id === VERB(verb) && (objectId === undefined || s.object.id === objectId));
      await until(match, `no "${verb}" statement${objectId ? ` about ${objectId}` : ''}`);
      return match()!;
    },
  };
}

const button = (el: HTMLElement, text: string) =>
  [...shadow(el).querySelectorAll<HTMLButtonElement>('button')].find((candidate) =>
    visibleText(candidate).startsWith(text),
  )!;

describe('nabij-statement', () => {
  const log = recorder();
  before(log.listen);
  after(log.stop);
  beforeEach(() => {
    localStorage.clear();
    history.replaceState(null, '', location.pathname + location.search);
    log.statements.length = 0;
  });

  describe('<casus-viewer>', () => {
    it('reports the case shown, each part opened, each question seen, and completion once', async () => {
      const el = await showSettled<CasusViewer>(html`<casus-viewer casus="1"></casus-viewer>`);
      const shown = await log.next('experienced', 'urn:nabij/casus/casus-1');
      expect(shown.verb).to.deep.equal({
        id: 'http://adlnet.gov/expapi/verbs/experienced',
        display: { 'nl-NL': 'heeft bekeken', 'en-US': 'experienced' },
      });
      expect(shown.object).to.deep.equal({
        objectType: 'Activity',
        id: 'urn:nabij/casus/casus-1',
        definition: { name: { nl: 'Opgeruimd staat netjes?' } },
      });
      expect(shown).not.to.have.property('actor');
      expect(Date.parse(shown.timestamp)).not.to.be.NaN;

      for (let part = 1; part <= 3; part++) {
        button(el, 'Lees verder').focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
      }
      const completed = await log.next('completed', 'urn:nabij/casus/casus-1');
      expect(completed.result).to.deep.equal({ completion: true });
      expect(log.of('interacted')).to.have.length(3);
      expect(log.of('experienced').map((s) => s.object.id)).to.deep.equal([
        'urn:nabij/casus/casus-1',
        ...[1, 2, 3, 4, 5, 6].map((n) => `urn:nabij/casus/casus-1/vraag/${n}`),
      ]);
      const question = log.of('experienced')[1];
      expect(question.object.definition?.type).to.equal('http://adlnet.gov/expapi/activities/question');
      expect(question.context?.contextActivities.parent[0].id).to.equal('urn:nabij/casus/casus-1');
      // Completion comes after the last question was seen, and only once.
      expect(log.statements.at(-1)?.verb.id).to.equal(VERB('completed'));
      button(el, 'Wis mijn antwoorden').click();
      await el.updateComplete;
      expect(log.of('completed')).to.have.length(1);
    });

    it('reports an answer when the learner leaves the field, with the answer as result.response', async () => {
      const el = await showSettled<CasusViewer>(html`<casus-viewer casus="1" reveal="all"></casus-viewer>`);
      const field = shadow(el).querySelector<HTMLTextAreaElement>('#vraag-2-answer')!;
      field.focus();
      await sendKeys({ type: 'Nee, gastvrijheid telt.' });
      await el.updateComplete;
      expect(log.of('answered')).to.have.length(0); // typing alone is not an answer yet
      await sendKeys({ press: 'Tab' });
      const answered = await log.next('answered');
      expect(answered.object.id).to.equal('urn:nabij/casus/casus-1/vraag/2');
      expect(answered.result).to.deep.equal({ response: 'Nee, gastvrijheid telt.' });
      expect(answered.verb.display['en-US']).to.equal('answered');
    });

    it('names a question by its plain words, also where the question links a lemma', async () => {
      await showSettled<CasusViewer>(html`<casus-viewer casus="6" reveal="all"></casus-viewer>`);
      const seen = await log.next('experienced', 'urn:nabij/casus/casus-6/vraag/4');
      expect(seen.object.definition?.name?.nl).to.match(
        /^Hoe BurenSamen en de gemeente elk anders werken, .* verschil tussen leefwereld en systeemwereld, een /,
      );
    });
  });

  describe('<ladder-van-verbintenis>', () => {
    it('reports the rung chosen with the keyboard and completion at the first mark only', async () => {
      const el = await showSettled<LadderVanVerbintenis>(
        html`<ladder-van-verbintenis mode="conversation"></ladder-van-verbintenis>`,
      );
      await log.next('experienced', `urn:nabij/ladder/${LADDER}`);
      shadow(el).querySelector<HTMLElement>('[role="radio"]')!.focus();
      await sendKeys({ press: 'ArrowUp' });
      const rung = el.state.selected!;
      const interacted = await log.next('interacted', `urn:nabij/ladder/${LADDER}/trede/${rung}`);
      expect(interacted.verb.display['nl-NL']).to.equal('heeft gebruikt');
      expect(log.of('completed')).to.have.length(0); // reading a rung is not marking a place

      const input = shadow(el).querySelector<HTMLInputElement>('input[name="place"]')!;
      input.focus();
      input.value = 'Lindenstraat';
      await sendKeys({ press: 'Enter' });
      await until(() => el.state.places.length === 1);
      for (const [index, value] of [
        [0, 'anonimiteit'],
        [1, 'onderlinge-zorg'],
      ] as const) {
        const select = shadow(el).querySelectorAll<HTMLSelectElement>('select')[index];
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        await log.next('interacted', `urn:nabij/ladder/${LADDER}/trede/${value}`);
      }
      const completed = await log.next('completed', `urn:nabij/ladder/${LADDER}`);
      expect(completed.result).to.deep.equal({ completion: true });
      expect(log.of('completed')).to.have.length(1);
      expect(el.state.completed).to.equal(true);
    });
  });

  describe('<lemma-card>', () => {
    it('reports completion once the end of the card is scrolled into view, not before', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <div style="block-size: 300vh"></div>
          <lemma-card lemma="sociale-basis"></lemma-card>
        </div>`,
      );
      const el = wrapper.querySelector('lemma-card')!;
      await settled(el);
      await log.next('experienced', 'urn:nabij/lemma/sociale-basis');
      await el.updateComplete;
      expect(el.state).to.deep.equal({
        format: 'nabij-lemma-state',
        version: 1,
        lemma: 'sociale-basis',
        completed: false,
      });
      const changed = new Promise<CustomEvent>((resolve) =>
        el.addEventListener('nabij-change', (event) => resolve(event as CustomEvent), { once: true }),
      );
      shadow(el).querySelector('[part="attribution"]')!.scrollIntoView();
      const completed = await log.next('completed', 'urn:nabij/lemma/sociale-basis');
      expect(completed.object.definition?.name).to.deep.equal({ nl: 'Sociale basis' });
      expect((await changed).detail.state.completed).to.equal(true);
      window.scrollTo(0, 0);
    });
  });

  describe('<casus-index>', () => {
    it('reports the casebook shown, and passes its base and actor to the case it opens', async () => {
      const actor = { objectType: 'Agent', mbox: 'mailto:student@example.org' };
      const el = await showSettled<CasusIndex>(
        html`<casus-index statement-base="https://leren.example.org" .actor=${actor}></casus-index>`,
      );
      const shown = await log.next(
        'experienced',
        'https://leren.example.org/casusbundel/yin-en-yang-in-het-sociaal-domein',
      );
      expect(shown.actor).to.deep.equal(actor);
      shadow(el).querySelector<HTMLButtonElement>('[data-case="casus-3"]')!.click();
      const opened = await log.next('experienced', 'https://leren.example.org/casus/casus-3');
      expect(opened.actor).to.deep.equal(actor);
    });
  });

  describe('actor and base IRI', () => {
    it('adds the actor only when the host sets one', async () => {
      const actor = { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'u-42' } };
      await showSettled<LemmaCard>(html`<lemma-card lemma="sociale-basis" .actor=${actor}></lemma-card>`);
      const statement = await log.next('experienced');
      expect(statement.actor).to.deep.equal(actor);
    });

    it('takes the base from the statement-base attribute, before the meta element', async () => {
      const meta = Object.assign(document.createElement('meta'), {
        name: 'nabij-statement-base',
        content: 'https://site.example.org/nabij',
      });
      document.head.append(meta);
      await showSettled<LemmaCard>(
        html`<lemma-card lemma="sociale-basis" statement-base="https://leren.example.org/kennis/"></lemma-card>`,
      );
      await showSettled<LemmaCard>(html`<lemma-card lemma="presentie"></lemma-card>`);
      await log.next('experienced', 'https://leren.example.org/kennis/lemma/sociale-basis');
      await log.next('experienced', 'https://site.example.org/nabij/lemma/presentie');
      meta.remove();
    });
  });
});
