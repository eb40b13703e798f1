/**
 * SCORM 1.2 for an exported page (`npx nabij export … --scorm 1.2`): finds the LMS's `API` object, keeps the
 * element's state in `cmi.suspend_data`, reports `incomplete`/`completed` and the session time, and ends the
 * session when the page goes away. Written against the elements' state contract: a settable `state` property
 * (JSON with `format`, `version`, `completed`), `nabij-change` events carrying the full state, and
 * `nabij-statement` events with xAPI statements. Without an LMS (the file opened on its own) it does nothing;
 * nothing here may throw into the page, because a broken LMS must never break the element the learner sees.
 */

/** The SCORM 1.2 run-time API as an LMS exposes it on `window.API`. Every value crosses as a string. */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): string;
  LMSFinish(parameter: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ''): string;
  LMSGetLastError(): string;
}

/** SCORM 1.2 caps `cmi.suspend_data` at 4,096 characters (CMIString4096). */
export const SUSPEND_DATA_LIMIT = 4096;

/** How far up the frame chain the LMS's API may sit; the ADL reference finder stops after 7 levels too. */
const MAX_FRAME_LEVELS = 7;

const COMPLETED_VERB = 'http://adlnet.gov/expapi/verbs/completed';

/**
 * A change is committed when the last commit is at least this old. Each commit is a request to the LMS, so not
 * on every keystroke; but a browser that crashes (or a phone that drops a background tab without pagehide)
 * should lose at most this much work.
 */
export const COMMIT_INTERVAL_MS = 60_000;

function isApi(candidate: unknown): candidate is Scorm12Api {
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof (candidate as Scorm12Api).LMSInitialize === 'function' &&
    typeof (candidate as Scorm12Api).LMSSetValue === 'function'
  );
}

/** `window.API` of this window or one of its parents; a cross-origin parent throws on access, which ends the walk. */
function apiInFrameChain(start: Window | null): Scorm12Api | undefined {
  let current = start;
  for (let level = 0; current && level <= MAX_FRAME_LEVELS; level += 1) {
    try {
      const candidate = (current as Window & { API?: unknown }).API;
      if (isApi(candidate)) return candidate;
      if (current.parent === current) return undefined;
      current = current.parent;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * The LMS's SCORM 1.2 API: in this window or its parents (an LMS's player frame), else in the window that
 * opened this one and its parents (an LMS that launches the package in a pop-up).
 */
export function findScormApi(from: Window = window): Scorm12Api | undefined {
  const inFrames = apiInFrameChain(from);
  if (inFrames) return inFrames;
  try {
    return from.opener ? apiInFrameChain(from.opener as Window) : undefined;
  } catch {
    return undefined;
  }
}

/** A CMITimespan as SCORM 1.2 writes it: `HH:MM:SS.SS` (hours to 4 digits, so at most 9999:59:59.99). */
export function scormTimespan(milliseconds: number): string {
  const hundredths = Math.min(Math.max(0, Math.round(milliseconds / 10)), 9999 * 360000 + 359999);
  const hours = Math.floor(hundredths / 360000);
  const minutes = Math.floor((hundredths % 360000) / 6000);
  const seconds = (hundredths % 6000) / 100;
  const two = (value: number) => String(value).padStart(2, '0');
  return `${two(hours)}:${two(minutes)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

export interface FittedState {
  /** What to store: the state as JSON, within the limit. */
  data: string;
  /** How many free-text values were left out (emptied) to make it fit; 0 when the state fitted as it was. */
  emptied: number;
}

/**
 * The state as JSON within `limit` characters. When it is too long, free-text values are emptied longest first
 * (long answers are what makes a state large; ids and marks are short and survive), keeping every key so the
 * element still accepts the state. Returns undefined when even that does not fit: the caller keeps the newest
 * state that did.
 */
export function fitSuspendData(state: unknown, limit = SUSPEND_DATA_LIMIT): FittedState | undefined {
  const whole = JSON.stringify(state);
  if (whole === undefined) return undefined;
  if (whole.length <= limit) return { data: whole, emptied: 0 };
  const copy = JSON.parse(whole) as unknown;
  const texts: { holder: Record<string, unknown>; key: string; length: number }[] = [];
  const collect = (value: unknown, isTopLevel: boolean) => {
    if (typeof value !== 'object' || value === null) return;
    for (const [key, child] of Object.entries(value)) {
      // Top-level strings are the state's kind (`format`) and the item's id: without them the element refuses the state.
      if (typeof child === 'string') {
        if (child && !isTopLevel) texts.push({ holder: value as Record<string, unknown>, key, length: child.length });
      } else collect(child, false);
    }
  };
  collect(copy, true);
  texts.sort((a, b) => b.length - a.length);
  let emptied = 0;
  for (const text of texts) {
    text.holder[text.key] = '';
    emptied += 1;
    const data = JSON.stringify(copy);
    // Each emptied value shortens the JSON by its escaped length; checking after each keeps as much text as fits.
    if (data.length <= limit) return { data, emptied };
  }
  return undefined;
}

/** Words for the notice the learner sees when not everything can be kept. */
const NOTICES = {
  nl: {
    emptied: (count: number) =>
      `Let op: de leeromgeving bewaart hoogstens ${SUSPEND_DATA_LIMIT.toLocaleString('nl-NL')} tekens. ` +
      `${count === 1 ? 'Je langste antwoord wordt' : `Je ${count} langste antwoorden worden`} daarom niet bewaard. ` +
      'Download of kopieer je antwoorden voordat je dit venster sluit.',
    unsaved:
      `Let op: je werk is te groot om in de leeromgeving te bewaren (hoogstens ${SUSPEND_DATA_LIMIT.toLocaleString('nl-NL')} tekens). ` +
      'Bewaard blijft wat je eerder had. Download of kopieer je antwoorden voordat je dit venster sluit.',
    refused: 'Je eerder bewaarde werk kon niet worden teruggezet.',
  },
  en: {
    emptied: (count: number) =>
      `Please note: the learning environment keeps at most ${SUSPEND_DATA_LIMIT.toLocaleString('en-GB')} characters, ` +
      `so ${count === 1 ? 'your longest answer is' : `your ${count} longest answers are`} not kept. ` +
      'Download or copy your answers before you close this window.',
    unsaved:
      `Please note: your work is too large to keep in the learning environment (at most ${SUSPEND_DATA_LIMIT.toLocaleString('en-GB')} characters). ` +
      'What you had before is kept. Download or copy your answers before you close this window.',
    refused: 'Your saved work could not be restored.',
  },
};

export interface ScormSession {
  /** The LMS's API, or undefined when the page runs without an LMS (then nothing is reported). */
  readonly api: Scorm12Api | undefined;
  /** Whether the learner has completed the item (as the LMS knew it at launch, or since). */
  readonly completed: boolean;
  /** Sets the session time and exit, commits and finishes; later calls do nothing. Runs on pagehide by itself. */
  finish(): void;
}

export interface ScormOptions {
  /** Where to look for the API; tests pass a window of their own. */
  api?: Scorm12Api;
  /** The clock; tests pass their own to check the session time. */
  now?: () => number;
}

interface NabijStateful extends HTMLElement {
  state?: unknown;
}

function isCompletedState(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as { completed?: unknown }).completed === true;
}

function isCompletedStatement(detail: unknown): boolean {
  const statement =
    typeof detail === 'object' && detail !== null && 'statement' in detail
      ? (detail as { statement: unknown }).statement
      : detail;
  const verb = (statement as { verb?: { id?: unknown } } | null | undefined)?.verb;
  return verb?.id === COMPLETED_VERB;
}

/**
 * Connects `element` to the LMS: restores its state, saves every change, reports completion, and finishes the
 * session on pagehide. Returns the session (mostly for tests); with no LMS the session does nothing.
 */
export function connectScorm(element: NabijStateful, options: ScormOptions = {}): ScormSession {
  const api = options.api ?? findScormApi();
  const now = options.now ?? (() => Date.now());
  const startedAt = now();
  const language = (element.closest('[lang]')?.getAttribute('lang') ?? 'nl').toLowerCase().startsWith('en')
    ? 'en'
    : 'nl';
  let finished = false;
  let completed = false;
  let lastCommit = startedAt;
  let noticeElement: HTMLElement | undefined;

  const call = <T>(action: (lms: Scorm12Api) => T): T | undefined => {
    if (!api || finished) return undefined;
    try {
      return action(api);
    } catch (error) {
      // An LMS API that throws is the LMS's defect; the element must keep working.
      console.warn('[nabij] SCORM API call failed:', error);
      return undefined;
    }
  };

  /**
   * The learner's notice: a status region that exists (empty) from the start of a session, because screen readers
   * announce changes to a live region they already know, not a region that appears with its text.
   */
  const tell = (text: string | undefined) => {
    if (!noticeElement) {
      noticeElement = document.createElement('p');
      noticeElement.className = 'nabij-scorm-notice';
      noticeElement.setAttribute('role', 'status');
      element.after(noticeElement);
    }
    noticeElement.textContent = text ?? '';
  };

  const commit = (lms: Scorm12Api) => {
    lms.LMSCommit('');
    lastCommit = now();
  };

  const markCompleted = () => {
    if (completed) return;
    completed = true;
    call((lms) => {
      lms.LMSSetValue('cmi.core.lesson_status', 'completed');
      // Committed at once: completion is what the teacher sees, and must not wait for the page to close.
      commit(lms);
    });
  };

  const save = (state: unknown) => {
    const fitted = fitSuspendData(state);
    if (!fitted) {
      tell(NOTICES[language].unsaved);
      return;
    }
    tell(fitted.emptied ? NOTICES[language].emptied(fitted.emptied) : undefined);
    call((lms) => {
      lms.LMSSetValue('cmi.suspend_data', fitted.data);
      if (now() - lastCommit >= COMMIT_INTERVAL_MS) commit(lms);
    });
  };

  const initialized = call((lms) => lms.LMSInitialize('') === 'true') ?? false;
  if (initialized) {
    tell(undefined);
    const status = call((lms) => lms.LMSGetValue('cmi.core.lesson_status')) ?? '';
    completed = status === 'completed' || status === 'passed';
    if (!completed) call((lms) => lms.LMSSetValue('cmi.core.lesson_status', 'incomplete'));
    const saved = call((lms) => lms.LMSGetValue('cmi.suspend_data')) ?? '';
    if (saved) restore(saved);
  }

  function restore(saved: string) {
    let state: unknown;
    try {
      state = JSON.parse(saved);
    } catch {
      console.warn('[nabij] cmi.suspend_data is not JSON; starting afresh');
      return;
    }
    // A state can be refused when it is set or, for an element whose content is still loading, later; only this
    // adapter sets states in an exported page, so every refusal is about the saved work.
    element.addEventListener('nabij-error', (event) => {
      if ((event as CustomEvent<{ code?: string }>).detail?.code === 'invalid-state') tell(NOTICES[language].refused);
    });
    void customElements.whenDefined(element.localName).then(() => {
      try {
        element.state = state;
      } catch (error) {
        console.warn('[nabij] the saved state was refused:', error);
        tell(NOTICES[language].refused);
      }
    });
  }

  const session: ScormSession = {
    api: initialized ? api : undefined,
    get completed() {
      return completed;
    },
    finish() {
      if (!initialized || finished) return;
      call((lms) => {
        lms.LMSSetValue('cmi.core.session_time', scormTimespan(now() - startedAt));
        // `suspend` asks the LMS to resume this attempt with its suspend_data; a completed item ends normally. (Whether an
        // LMS still hands back suspend_data after a normal exit is up to the LMS: SCORM 1.2 only promises it after suspend.)
        lms.LMSSetValue('cmi.core.exit', completed ? '' : 'suspend');
        lms.LMSCommit('');
        lms.LMSFinish('');
      });
      finished = true;
    },
  };

  if (initialized) {
    element.addEventListener('nabij-change', (event) => {
      const state = (event as CustomEvent<{ state?: unknown }>).detail?.state;
      if (state === undefined) return;
      save(state);
      if (isCompletedState(state)) markCompleted();
    });
    element.addEventListener('nabij-statement', (event) => {
      if (isCompletedStatement((event as CustomEvent<unknown>).detail)) markCompleted();
    });
    // pagehide also fires when an LMS removes the player frame; a session must be finished exactly once.
    window.addEventListener('pagehide', () => session.finish());
  }
  return session;
}
