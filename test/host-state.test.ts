import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/casus-viewer/define.js';
import '../src/elements/ladder-van-verbintenis/define.js';
import '../src/elements/lemma-card/define.js';
import { define as defineCasusViewer, type CasusViewer } from '../src/elements/casus-viewer/casus-viewer.js';
import type { LadderVanVerbintenis } from '../src/elements/ladder-van-verbintenis/ladder-van-verbintenis.js';
import type { LemmaCard } from '../src/elements/lemma-card/lemma-card.js';
import type { CasusHostState, LadderHostState, NabijErrorDetail, NabijHostState } from '../src/index.js';
import {
  casusStateFromJson,
  casusStateToJson,
  ladderStateFromJson,
  ladderStateToJson,
  lemmaStateFromJson,
  lemmaStateToJson,
  StateError,
} from '../src/index.js';
import { loadBuiltinCase } from '../src/content/builtin.js';
import type { Case } from '../src/content/schema.js';
import { settled, shadow, showSettled, until, visibleText } from './helpers.js';

const LADDER = 'ladder-van-onderlinge-verbintenissen';

/** The next event of this type from the element (registered before the action that causes it). */
function next<T>(el: HTMLElement, type: 'nabij-change' | 'nabij-error'): Promise<T> {
  return new Promise((resolve) =>
    el.addEventListener(type, (event) => resolve((event as CustomEvent<T>).detail), { once: true }),
  );
}

const alertText = (el: HTMLElement) => visibleText(shadow(el).querySelector('[role="alert"]'));

const casusState: CasusHostState = {
  format: 'nabij-casus-state',
  version: 1,
  casus: 'casus-1',
  completed: false,
  read: [0, 1, 2],
  seen: [0, 1, 2, 3, 4, 5],
  answers: { 'vraag-1': 'Ik bel haar dochter.', 'vraag-4': 'De buurvrouw.' },
};

const ladderState: LadderHostState = {
  format: 'nabij-ladder-state',
  version: 1,
  completed: true,
  ladder: LADDER,
  selected: 'publieke-familiariteit',
  places: [{ name: 'Lindenstraat', now: 'anonimiteit', want: 'alledaagse-attentheid', note: 'Eerst kennismaken.' }],
  participants: [],
};

describe('host-kept state', () => {
  beforeEach(() => {
    localStorage.clear();
    history.replaceState(null, '', location.pathname + location.search);
  });

  describe('<casus-viewer>', () => {
    it('restores answers and reading through `state`, shows them, and reports the same state back', async () => {
      const el = await showSettled<CasusViewer>(html`<casus-viewer casus="1"></casus-viewer>`);
      const changed = next<{ state: NabijHostState }>(el, 'nabij-change');
      el.state = casusState;
      const { state } = await changed;
      await el.updateComplete;
      // Every part is open and the answers are in their fields, as the learner left them.
      expect(shadow(el).querySelectorAll('.case > [part="section"]')).to.have.length(3);
      expect(shadow(el).querySelector<HTMLTextAreaElement>('#vraag-1-answer')!.value).to.equal('Ik bel haar dochter.');
      expect(shadow(el).querySelector<HTMLTextAreaElement>('#vraag-4-answer')!.value).to.equal('De buurvrouw.');
      expect(shadow(el).querySelector('.question-list')?.closest('.print-only')).to.equal(null);
      // Every section read and every question seen: the restored state completes the case.
      expect(state).to.deep.equal({ ...casusState, completed: false });
      await until(() => el.state.completed, 'the restored reading did not complete the case');
      expect(casusStateToJson(el.state)).to.equal(casusStateToJson({ ...casusState, completed: true }));
    });

    it('takes a state set before the case has loaded', async () => {
      const el = await showSettled<CasusViewer>(
        html`<casus-viewer casus="1" .state=${JSON.stringify(casusState)}></casus-viewer>`,
      );
      await until(() => el.state.answers['vraag-1'] === 'Ik bel haar dochter.', 'the early state was not applied');
      expect(shadow(el).querySelector<HTMLTextAreaElement>('#vraag-1-answer')!.value).to.equal('Ik bel haar dochter.');
    });

    it('takes a state a host set before the element was defined (as with the autoloader)', async () => {
      const el = await fixture<CasusViewer>(
        html`<laat-casus-viewer casus="1" .state=${casusState}></laat-casus-viewer>`,
      );
      expect(customElements.get('laat-casus-viewer')).to.equal(undefined);
      defineCasusViewer('laat');
      await settled(el);
      await until(() => el.state.answers['vraag-4'] === 'De buurvrouw.', 'the state set before the upgrade was lost');
      expect(shadow(el).querySelector<HTMLTextAreaElement>('#vraag-4-answer')!.value).to.equal('De buurvrouw.');
    });

    it('refuses a state that does not fit the case with an alert and nabij-error, and keeps the answers', async () => {
      const el = await showSettled<CasusViewer>(html`<casus-viewer casus="1" reveal="all"></casus-viewer>`);
      const field = shadow(el).querySelector<HTMLTextAreaElement>('#vraag-2-answer')!;
      field.value = 'Mijn eigen antwoord.';
      field.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
      const before = el.state;
      const refused = next<NabijErrorDetail>(el, 'nabij-error');
      el.state = { ...casusState, answers: { 'vraag-99': 'Bestaat niet.' } };
      const error = await refused;
      await el.updateComplete;
      expect(error.code).to.equal('invalid-state');
      expect(error.issues[0].path).to.equal('answers.vraag-99');
      expect(alertText(el)).to.equal(
        'Deze opgeslagen stand past niet bij deze casus (veld answers.vraag-99); er is niets veranderd.',
      );
      expect(field.value).to.equal('Mijn eigen antwoord.');
      expect(el.state).to.deep.equal(before);
      // A state for another case is refused the same way.
      const other = next<NabijErrorDetail>(el, 'nabij-error');
      el.state = { ...casusState, casus: 'casus-2' };
      expect((await other).issues[0].path).to.equal('casus');
    });
  });

  describe('<ladder-van-verbintenis>', () => {
    it('restores marks through `state`, shows them on the rungs, and reports the same state back', async () => {
      const el = await showSettled<LadderVanVerbintenis>(
        html`<ladder-van-verbintenis mode="conversation"></ladder-van-verbintenis>`,
      );
      const changed = next<{ state: NabijHostState }>(el, 'nabij-change');
      el.state = ladderState;
      const { state } = await changed;
      await el.updateComplete;
      expect(state).to.deep.equal(ladderState);
      const marks = visibleText(shadow(el).querySelector('[part="ladder"]'));
      expect(marks).to.contain('Lindenstraat (nu)');
      expect(marks).to.contain('Lindenstraat (gewenst)');
      expect(ladderStateToJson(el.state)).to.equal(ladderStateToJson(ladderState));
    });

    it('refuses a mark on a rung the ladder lacks with an alert and nabij-error naming the field', async () => {
      const el = await showSettled<LadderVanVerbintenis>(
        html`<ladder-van-verbintenis mode="conversation"></ladder-van-verbintenis>`,
      );
      const accepted = next(el, 'nabij-change');
      el.state = ladderState;
      await accepted;
      const refused = next<NabijErrorDetail>(el, 'nabij-error');
      el.state = { ...ladderState, places: [{ name: 'Kerkstraat', now: 'bestaat-niet' }] };
      const error = await refused;
      await el.updateComplete;
      expect(error).to.deep.include({ code: 'invalid-state' });
      expect(error.issues[0].path).to.equal('places[0].now');
      expect(alertText(el)).to.equal('Deze stand noemt treden die deze ladder niet heeft; er is niets veranderd.');
      expect(el.state).to.deep.equal(ladderState);
      expect(visibleText(shadow(el).querySelector('[part="ladder"]'))).to.contain('Lindenstraat (nu)');
    });
  });

  describe('<lemma-card>', () => {
    it('restores "read to the end" through `state` and refuses a state for another lemma', async () => {
      const el = await showSettled<LemmaCard>(html`<lemma-card lemma="sociale-basis"></lemma-card>`);
      const state = { format: 'nabij-lemma-state', version: 1, lemma: 'sociale-basis', completed: true } as const;
      const changed = next<{ state: NabijHostState }>(el, 'nabij-change');
      el.state = state;
      expect((await changed).state).to.deep.equal(state);
      expect(el.state).to.deep.equal(state);

      const refused = next<NabijErrorDetail>(el, 'nabij-error');
      el.state = { ...state, lemma: 'presentie', completed: false };
      const error = await refused;
      await el.updateComplete;
      expect(error.code).to.equal('invalid-state');
      expect(error.issues[0].path).to.equal('lemma');
      expect(alertText(el)).to.equal(
        'Deze opgeslagen stand past niet bij dit lemma (veld lemma); er is niets veranderd.',
      );
      expect(visibleText(shadow(el).querySelector('[part="title"]'))).to.equal('Lemma: Sociale basis');
      expect(el.state.completed).to.equal(true);
    });
  });

  it('says why a state was refused in the page language', async () => {
    const el = await showSettled<LemmaCard>(html`<lemma-card lang="en" lemma="presentie"></lemma-card>`);
    const refused = next<NabijErrorDetail>(el, 'nabij-error');
    el.state = '{"format":"nabij-lemma-state","version":1,"lemma":"presentie","completed":"yes"}';
    expect((await refused).issues[0].path).to.equal('completed');
    await until(
      () => alertText(el) === 'This saved state does not fit this lemma (field completed); nothing was changed.',
      'no English alert',
    );
  });

  describe('pure functions', () => {
    it('read what they write, and name the field of what they refuse', () => {
      expect(casusStateFromJson(casusStateToJson(casusState))).to.deep.equal(casusState);
      expect(ladderStateFromJson(ladderStateToJson(ladderState))).to.deep.equal(ladderState);
      const lemma = { format: 'nabij-lemma-state', version: 1, lemma: 'presentie', completed: false } as const;
      expect(lemmaStateFromJson(lemmaStateToJson(lemma))).to.deep.equal(lemma);
      const refusal = (read: () => unknown) => {
        try {
          read();
        } catch (error) {
          expect(error).to.be.instanceOf(StateError);
          return `${(error as StateError).reason} ${(error as StateError).path}`;
        }
        throw new Error('was accepted');
      };
      expect(refusal(() => casusStateFromJson('{ niet: json'))).to.equal('unreadable ');
      expect(refusal(() => casusStateFromJson({ ...casusState, read: [0, -1] }))).to.equal('unreadable read[1]');
      expect(refusal(() => casusStateFromJson({ ...casusState, version: 2 }))).to.equal('unreadable version');
      expect(refusal(() => casusStateFromJson({ ...casusState, answers: { 'vraag-1': 'x'.repeat(10_001) } }))).to.equal(
        'too-large answers.vraag-1',
      );
      expect(
        refusal(() => casusStateFromJson({ ...casusState, seen: Array.from({ length: 201 }, (_, i) => i) })),
      ).to.equal('too-large seen');
      expect(refusal(() => ladderStateFromJson({ ...ladderState, places: [{ now: 'x' }] }))).to.equal(
        'unreadable places[0].name',
      );
      expect(refusal(() => lemmaStateFromJson({ ...lemma, completed: 'ja' }))).to.equal('unreadable completed');
    });

    it('read a scale answer, and refuse one off the scale or of another shape', async () => {
      const item = (await loadBuiltinCase('casus-3')) as Case;
      const state: CasusHostState = {
        ...casusState,
        casus: 'casus-3',
        read: [0],
        seen: [0, 1],
        answers: { 'vraag-1': { value: 4, text: 'Goed bedoeld.' }, 'vraag-2': 'Te persoonlijk.' },
      };
      expect(casusStateFromJson(casusStateToJson(state), item)).to.deep.equal(state);
      const unanswered = { ...state, answers: { 'vraag-1': { value: null, text: '' } } };
      expect(casusStateFromJson(unanswered, item)).to.deep.equal(unanswered);
      const reason = (answer: unknown) => {
        try {
          casusStateFromJson({ ...state, answers: { 'vraag-1': answer } }, item);
        } catch (error) {
          return `${(error as StateError).reason} ${(error as StateError).path}`;
        }
        return 'accepted';
      };
      expect(reason({ value: 6, text: '' })).to.equal('out-of-range answers.vraag-1.value');
      expect(reason({ value: 'vier', text: '' })).to.equal('unreadable answers.vraag-1.value');
      expect(reason({ value: 2 })).to.equal('unreadable answers.vraag-1.text');
      expect(reason('Vier.')).to.equal('unreadable answers.vraag-1');
      expect(reason({ pros: [], cons: [] })).to.equal('unreadable answers.vraag-1');
    });

    it('keep a worked case well inside a SCORM 1.2 suspend_data (4,096 characters)', () => {
      const answer = 'Een antwoord van een paar zinnen, zoals een student het geeft. '.repeat(4);
      const answers = Object.fromEntries([1, 2, 3, 4, 5, 6].map((n) => [`vraag-${n}`, answer]));
      expect(casusStateToJson({ ...casusState, answers }).length).to.be.lessThan(2_000);
    });
  });
});
