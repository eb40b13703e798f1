/**
 * SCORM 1.2: the adapter (src/hosts/scorm.ts) on its own, then the exported page (the test server's
 * /__test__/export route runs bin/export.mjs on the sources) in an iframe under an LMS played by scorm-again:
 * the learner works, the frame is closed, the LMS relaunches with what it kept, and the work is back.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { Scorm12API } from 'scorm-again';
import {
  COMMIT_INTERVAL_MS,
  connectScorm,
  findScormApi,
  fitSuspendData,
  scormTimespan,
  SUSPEND_DATA_LIMIT,
  type Scorm12Api,
} from '../src/hosts/scorm.js';
import { captureWarnings, openExport, until, visibleText } from './helpers.js';

/** The LMS side, with what the page wrote last to each element (session_time and exit are write-only in SCORM 1.2). */
type Lms = InstanceType<typeof Scorm12API> & { written: Record<string, string> };
type WithApi = Window & { API?: unknown };

// API objects are compared with === and a message: chai would print a scorm-again API (a large object graph) into
// a failure message, which takes the runner minutes instead of reporting the failure.

/** What an LMS keeps between launches, and hands back at the next one. */
interface Kept {
  suspend_data?: string;
  lesson_status?: string;
}

/** An LMS's API in memory (no commit URL: commits succeed locally), optionally resuming what it kept. */
function lms(kept: Kept = {}): Lms {
  const api = Object.assign(new Scorm12API({ logLevel: 5, autocommit: false }), {
    written: {} as Record<string, string>,
  });
  api.on('LMSSetValue', (element: string, value: unknown) => (api.written[element] = String(value)));
  if (kept.suspend_data !== undefined || kept.lesson_status !== undefined) {
    api.loadFromJSON({
      ...(kept.suspend_data ? { suspend_data: kept.suspend_data } : {}),
      core: { lesson_status: kept.lesson_status ?? 'not attempted', entry: 'resume' },
    });
  }
  return api;
}

function keep(api: Lms): Kept {
  return { suspend_data: api.cmi.suspend_data, lesson_status: api.cmi.core.lesson_status };
}

function count(api: Lms, call: string): () => number {
  let calls = 0;
  api.on(call, () => (calls += 1));
  return () => calls;
}

/** A stand-in with the elements' state contract, for the adapter's own tests. */
class StubElement extends HTMLElement {
  received: unknown[] = [];
  set state(value: unknown) {
    this.received.push(value);
  }
}
customElements.define('scorm-stub-element', StubElement);

function stub(): StubElement {
  const element = document.createElement('scorm-stub-element') as StubElement;
  document.body.append(element);
  return element;
}

function change(element: HTMLElement, state: unknown): void {
  element.dispatchEvent(new CustomEvent('nabij-change', { detail: { state }, bubbles: true, composed: true }));
}

const casusState = (answers: Record<string, unknown>, completed = false) => ({
  format: 'nabij-casus-state',
  version: 1,
  casus: 'casus-1',
  completed,
  read: [0, 1],
  seen: [],
  answers,
});

describe('SCORM 1.2 adapter', () => {
  afterEach(() => {
    delete (window as WithApi).API;
    document.querySelectorAll('scorm-stub-element, .nabij-scorm-notice, iframe').forEach((node) => node.remove());
  });

  describe('time spans and the suspend_data limit', () => {
    it('writes session time as HH:MM:SS.SS, capped at what SCORM 1.2 can say', () => {
      expect(scormTimespan(0)).to.equal('00:00:00.00');
      expect(scormTimespan(3_723_450)).to.equal('01:02:03.45');
      expect(scormTimespan(59_999)).to.equal('00:01:00.00');
      expect(scormTimespan(1e13)).to.equal('9999:59:59.99');
    });

    it('keeps a state that fits as it is', () => {
      const state = casusState({ 'vraag-1': 'Eerst luisteren.' });
      expect(fitSuspendData(state)).to.deep.equal({ data: JSON.stringify(state), emptied: 0 });
    });

    it('empties the longest free-text answers first until the state fits, keeping ids and shorter answers', () => {
      const long = 'a'.repeat(3000);
      const longer = 'b'.repeat(3500);
      const state = casusState({ 'vraag-1': longer, 'vraag-2': long, 'vraag-3': ['Punt één', 'Punt twee'] });
      const fitted = fitSuspendData(state)!;
      expect(fitted.emptied).to.equal(1);
      expect(fitted.data.length).to.be.at.most(SUSPEND_DATA_LIMIT);
      const kept = JSON.parse(fitted.data);
      expect(kept).to.deep.equal(casusState({ 'vraag-1': '', 'vraag-2': long, 'vraag-3': ['Punt één', 'Punt twee'] }));
    });

    it('gives nothing when even the emptied state is too long, so the newest state that fitted stays', () => {
      const state = { ...casusState({ 'vraag-1': 'x'.repeat(100) }), read: Array.from({ length: 2000 }, (_, i) => i) };
      expect(fitSuspendData(state)).to.equal(undefined);
    });
  });

  describe('finding the API', () => {
    /** A chain of nested same-origin frames; returns the innermost window. */
    function nest(depth: number): Window {
      let host: Document = document;
      let inner: Window = window;
      for (let level = 0; level < depth; level++) {
        const frame = host.createElement('iframe');
        host.body.append(frame);
        inner = frame.contentWindow!;
        host = frame.contentDocument!;
      }
      return inner;
    }

    it('walks up to 7 parent frames, and no further', () => {
      const api = lms();
      (window as WithApi).API = api;
      expect(findScormApi(window) === api, 'found in this window').to.equal(true);
      expect(findScormApi(nest(7)) === api, 'found 7 frames up').to.equal(true);
      expect(findScormApi(nest(8)) === undefined, 'no API found').to.equal(true);
    });

    it('looks in the opener (an LMS that launches a pop-up) when no parent has it, and stops at a frame it may not read', () => {
      const api = lms();
      const topOf = (window: Record<string, unknown>) => Object.assign(window, { parent: window });
      const lmsWindow = topOf({ API: api });
      const popup = topOf({ opener: lmsWindow });
      expect(findScormApi(popup as unknown as Window) === api, 'found in the opener').to.equal(true);

      // A cross-origin parent throws on every property read; the walk ends there quietly.
      const crossOrigin = new Proxy(
        {},
        {
          get() {
            throw new DOMException('Blocked a frame with origin', 'SecurityError');
          },
        },
      );
      const framed = { parent: crossOrigin, opener: null } as Record<string, unknown>;
      expect(findScormApi(framed as unknown as Window) === undefined, 'no API found').to.equal(true);
    });

    it('ignores an API that is not one (no LMSInitialize)', () => {
      (window as WithApi).API = { LMSSetValue: () => 'true' };
      expect(findScormApi(window) === undefined, 'no API found').to.equal(true);
    });
  });

  describe('a session', () => {
    it('starts incomplete, restores the saved state once the element is defined, and saves each change', async () => {
      const saved = casusState({ 'vraag-1': 'Eerst luisteren.' });
      const api = lms({ suspend_data: JSON.stringify(saved), lesson_status: 'incomplete' });
      const element = stub();
      const session = connectScorm(element, { api });
      expect(session.api === api, 'the session uses the API it was given').to.equal(true);
      expect(api.cmi.core.lesson_status).to.equal('incomplete');
      await customElements.whenDefined('scorm-stub-element');
      await until(() => element.received.length === 1, 'the saved state was not set on the element');
      expect(element.received[0]).to.deep.equal(saved);

      const next = casusState({ 'vraag-1': 'Eerst luisteren, dan vragen.' });
      change(element, next);
      expect(JSON.parse(api.cmi.suspend_data)).to.deep.equal(next);
      expect(api.cmi.core.lesson_status).to.equal('incomplete');
    });

    it('commits saved changes at most once a minute, so a crash loses little and typing sends no stream of commits', () => {
      const api = lms();
      const commits = count(api, 'LMSCommit');
      let clock = 0;
      const element = stub();
      connectScorm(element, { api, now: () => clock });
      clock = 10_000;
      change(element, casusState({ 'vraag-1': 'E' }));
      change(element, casusState({ 'vraag-1': 'Ee' }));
      expect(commits()).to.equal(0);
      clock = COMMIT_INTERVAL_MS;
      change(element, casusState({ 'vraag-1': 'Eer' }));
      expect(commits()).to.equal(1);
      clock += 1_000;
      change(element, casusState({ 'vraag-1': 'Eers' }));
      expect(commits()).to.equal(1);
      expect(JSON.parse(api.cmi.suspend_data).answers['vraag-1']).to.equal('Eers');
    });

    it('reports completed from the state or from a completed statement, and commits it at once', () => {
      const fromState = lms();
      const commits = count(fromState, 'LMSCommit');
      const element = stub();
      connectScorm(element, { api: fromState });
      change(element, casusState({}, true));
      expect(fromState.cmi.core.lesson_status).to.equal('completed');
      expect(commits()).to.equal(1);

      const fromStatement = lms();
      const other = stub();
      connectScorm(other, { api: fromStatement });
      other.dispatchEvent(
        new CustomEvent('nabij-statement', {
          detail: { verb: { id: 'http://adlnet.gov/expapi/verbs/experienced' } },
          bubbles: true,
        }),
      );
      expect(fromStatement.cmi.core.lesson_status).to.equal('incomplete');
      other.dispatchEvent(
        new CustomEvent('nabij-statement', {
          detail: { verb: { id: 'http://adlnet.gov/expapi/verbs/completed' } },
          bubbles: true,
        }),
      );
      expect(fromStatement.cmi.core.lesson_status).to.equal('completed');
    });

    it('keeps a completed status from an earlier launch', () => {
      const api = lms({ lesson_status: 'completed', suspend_data: JSON.stringify(casusState({}, true)) });
      connectScorm(stub(), { api });
      expect(api.cmi.core.lesson_status).to.equal('completed');
    });

    it('finishes once: session time, exit suspend while incomplete, commit, LMSFinish', () => {
      const api = lms();
      const finishes = count(api, 'LMSFinish');
      let clock = 1_000;
      const session = connectScorm(stub(), { api, now: () => clock });
      clock += 90_000;
      session.finish();
      session.finish();
      expect(finishes()).to.equal(1);
      expect(api.isTerminated()).to.equal(true);
      expect(api.written['cmi.core.session_time']).to.equal('00:01:30.00');
      expect(api.written['cmi.core.exit']).to.equal('suspend');
    });

    it('finishes on pagehide with an empty exit once completed', () => {
      const api = lms();
      const element = stub();
      connectScorm(element, { api });
      change(element, casusState({}, true));
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      expect(api.isTerminated()).to.equal(true);
      expect(api.written['cmi.core.exit']).to.equal('');
      expect(api.cmi.core.lesson_status).to.equal('completed');
    });

    it('tells the learner when answers are too long to keep, and stops telling once they fit', () => {
      const api = lms();
      const element = stub();
      connectScorm(element, { api });
      // The status region is there, empty, before there is anything to say (so screen readers announce the change).
      expect(element.nextElementSibling?.getAttribute('role')).to.equal('status');
      expect(element.nextElementSibling?.textContent).to.equal('');
      change(element, casusState({ 'vraag-1': 'x'.repeat(5000), 'vraag-2': 'Kort.' }));
      const notice = element.nextElementSibling as HTMLElement;
      expect(notice.getAttribute('role')).to.equal('status');
      expect(visibleText(notice)).to.contain('Je langste antwoord wordt daarom niet bewaard');
      expect(api.cmi.suspend_data.length).to.be.at.most(SUSPEND_DATA_LIMIT);
      expect(JSON.parse(api.cmi.suspend_data).answers).to.deep.equal({ 'vraag-1': '', 'vraag-2': 'Kort.' });

      change(element, casusState({ 'vraag-1': 'Korter nu.', 'vraag-2': 'Kort.' }));
      expect(notice.textContent).to.equal('');
      expect(JSON.parse(api.cmi.suspend_data).answers['vraag-1']).to.equal('Korter nu.');
    });

    it('keeps the newest state that fitted when a state cannot be made to fit', () => {
      const api = lms();
      const element = stub();
      connectScorm(element, { api });
      const small = casusState({ 'vraag-1': 'Bewaard.' });
      change(element, small);
      change(element, { ...small, read: Array.from({ length: 2000 }, (_, i) => i) });
      expect(JSON.parse(api.cmi.suspend_data)).to.deep.equal(small);
      expect(visibleText(element.nextElementSibling)).to.contain('Bewaard blijft wat je eerder had');
    });

    it('does nothing and throws nothing without an LMS, or with an LMS whose API throws', async () => {
      const alone = stub();
      const session = connectScorm(alone);
      expect(session.api === undefined, 'no API without an LMS').to.equal(true);
      change(alone, casusState({}, true));
      session.finish();
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      expect(alone.received).to.deep.equal([]);

      const broken = {
        LMSInitialize: () => 'true',
        LMSGetValue: () => {
          throw new Error('LMS down');
        },
        LMSSetValue: () => {
          throw new Error('LMS down');
        },
        LMSCommit: () => 'false',
        LMSFinish: () => 'false',
        LMSGetLastError: () => '101',
      } satisfies Scorm12Api;
      const element = stub();
      const warnings = await captureWarnings(() => {
        const brokenSession = connectScorm(element, { api: broken });
        change(element, casusState({ 'vraag-1': 'Toch getypt.' }));
        brokenSession.finish();
      });
      expect(warnings.some((warning) => warning.includes('LMS down'))).to.equal(true);
    });
  });

  describe('the exported page under an LMS (scorm-again)', () => {
    interface Launched {
      frame: HTMLIFrameElement;
      doc: Document;
      element: HTMLElement & { state: { completed: boolean } };
      root: ShadowRoot;
    }

    /** Opens the exported page in a frame below the test page, as an LMS's player does, and waits for its title. */
    async function launch(path: string, title: string): Promise<Launched> {
      const { frame, doc, element } = await openExport<Launched['element']>(path, title);
      return { frame, doc, element, root: element.shadowRoot! };
    }

    /** Closes the player frame: the page gets pagehide, and the adapter must finish the session. */
    async function close(launched: Launched, api: Lms): Promise<void> {
      launched.frame.remove();
      await until(() => api.isTerminated(), 'closing the page did not finish the SCORM session');
    }

    const casusPage = '/__test__/export/casus-viewer/casus-1.html?scorm=1.2';
    const casusTitle = 'Opgeruimd staat netjes?';
    const ladderPage =
      '/__test__/export/ladder-van-verbintenis/ladder-van-onderlinge-verbintenissen.html?scorm=1.2&attr=mode=conversation';
    const ladderTitle = 'Ladder van onderlinge verbintenissen';

    it('keeps a ladder place across a relaunch (incomplete, exit suspend), then reports completed once a rung is marked', async () => {
      const first = lms();
      (window as WithApi).API = first;
      const page = await launch(ladderPage, ladderTitle);
      expect(page.doc.documentElement.dataset.nabijScorm).to.equal('connected');
      expect(first.cmi.core.lesson_status).to.equal('incomplete');

      const placeName = page.root.querySelector<HTMLInputElement>('input[name="place"]')!;
      placeName.focus();
      await sendKeys({ type: 'Lindenstraat' });
      await sendKeys({ press: 'Enter' });
      await until(() => first.cmi.suspend_data.includes('Lindenstraat'), 'the new place was not saved');
      await close(page, first);
      expect(first.written['cmi.core.exit']).to.equal('suspend');
      expect(first.cmi.core.lesson_status).to.equal('incomplete');
      expect(first.written['cmi.core.session_time']).to.match(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);

      const second = lms(keep(first));
      (window as WithApi).API = second;
      const again = await launch(ladderPage, ladderTitle);
      await until(() => visibleText(again.root.querySelector('[part="places"]')).includes('Lindenstraat'));
      const now = again.root.querySelector<HTMLSelectElement>('[part="places"] select')!;
      now.value = [...now.options].find((option) => option.textContent!.includes('Anonimiteit'))!.value;
      now.dispatchEvent(new Event('change', { bubbles: true }));
      await until(() => second.cmi.core.lesson_status === 'completed', 'marking a rung did not complete the ladder');
      await close(again, second);
      expect(second.written['cmi.core.exit']).to.equal('');
      expect(JSON.parse(second.cmi.suspend_data).places).to.deep.equal([{ name: 'Lindenstraat', now: 'anonimiteit' }]);
    });

    it('completes a case read to the end, and gives the answer back at the next launch', async () => {
      const first = lms();
      (window as WithApi).API = first;
      const page = await launch(casusPage, casusTitle);
      expect(first.cmi.core.lesson_status).to.equal('incomplete');
      const showAll = [...page.root.querySelectorAll<HTMLButtonElement>('[part="reveal"] button')].find(
        (button) => visibleText(button) === 'Toon alles',
      )!;
      showAll.click();
      await until(() => first.cmi.core.lesson_status === 'completed', 'reading the whole case did not complete it');

      const answer = page.root.querySelector<HTMLTextAreaElement>('textarea')!;
      answer.focus();
      await sendKeys({ type: 'Eerst luisteren.' });
      await until(() => first.cmi.suspend_data.includes('Eerst luisteren.'), 'the answer was not saved');
      await close(page, first);
      expect(first.written['cmi.core.exit']).to.equal('');

      const second = lms(keep(first));
      (window as WithApi).API = second;
      const again = await launch(casusPage, casusTitle);
      await until(
        () => again.root.querySelector<HTMLTextAreaElement>('textarea')?.value === 'Eerst luisteren.',
        'the answer did not come back after the relaunch',
      );
      expect(second.cmi.core.lesson_status).to.equal('completed');
      await close(again, second);
    });

    it('tells the learner in the page when an answer is too long to keep', async () => {
      const api = lms();
      (window as WithApi).API = api;
      const page = await launch(casusPage.replace('?', '?attr=reveal=all&'), casusTitle);
      const answer = page.root.querySelector<HTMLTextAreaElement>('textarea')!;
      answer.value = 'Een heel lang antwoord. '.repeat(200);
      answer.dispatchEvent(new Event('input', { bubbles: true }));
      const notice = await (async () => {
        await until(() => page.doc.querySelector('.nabij-scorm-notice:not(:empty)'), 'no notice for the learner');
        return page.doc.querySelector('.nabij-scorm-notice')!;
      })();
      expect(visibleText(notice)).to.contain('niet bewaard');
      expect(api.cmi.suspend_data.length).to.be.at.most(SUSPEND_DATA_LIMIT);
      await close(page, api);
    });

    it('renders without an LMS and reports that it found none', async () => {
      const page = await launch(casusPage, casusTitle);
      expect(page.doc.documentElement.dataset.nabijScorm).to.equal('no-lms');
      expect(page.root.querySelector('[role="alert"]')).to.equal(null);
      page.frame.remove();
    });
  });
});
