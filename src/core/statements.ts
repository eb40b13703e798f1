/**
 * xAPI-shaped statements about what a learner does with an element. Nothing is sent anywhere: the element
 * dispatches each statement as the detail of a `nabij-statement` event, and a host that keeps a Learning Record
 * Store forwards it there with its own authentication (see docs/statements.md). Elements load this module on
 * first use (through `NabijElement.statement`), so a page that only shows content does not download it up front.
 */
import { emit } from './events.js';

export type StatementVerb = 'experienced' | 'interacted' | 'answered' | 'completed';

/** The verbs' display names; the IRIs are ADL's (`http://adlnet.gov/expapi/verbs/<verb>`). */
const VERB_DISPLAY: Record<StatementVerb, [nl: string, en: string]> = {
  experienced: ['heeft bekeken', 'experienced'],
  interacted: ['heeft gebruikt', 'interacted'],
  answered: ['heeft beantwoord', 'answered'],
  completed: ['heeft afgerond', 'completed'],
};

/** An activity as xAPI names it: an IRI, and where known its name (a language map) and type. */
export interface StatementActivity {
  objectType: 'Activity';
  id: string;
  definition?: { name?: Record<string, string>; type?: string };
}

/** Detail of `nabij-statement`: an xAPI statement without `id`, `stored` or `authority` (the LRS adds those). */
export interface NabijStatement {
  /** Only when the host set the element's `actor` property; Nabij knows nobody by itself. */
  actor?: unknown;
  verb: { id: string; display: { 'nl-NL': string; 'en-US': string } };
  object: StatementActivity;
  /** For `answered`: the answer as text. For `completed`: `{ completion: true }`. */
  result?: { response?: string; completion?: boolean };
  /** For a question: the case it belongs to. */
  context?: { contextActivities: { parent: StatementActivity[] } };
  timestamp: string;
}

export interface StatementOptions {
  /** The activity's title, in the content's language. */
  name?: string;
  lang?: string;
  /** An activity type IRI, for example ADL's `question`. */
  type?: string;
  /** Path of the parent activity (a question's case). */
  parent?: readonly (string | number)[];
  result?: NabijStatement['result'];
}

export const DEFAULT_STATEMENT_BASE = 'urn:nabij';

/**
 * The base IRI of the element's activity ids: its `statement-base` attribute, else the page's
 * `<meta name="nabij-statement-base" content="…">`, else `urn:nabij`. Read when a statement is made, so a host
 * may set either at any time. A trailing slash is dropped, so `https://example.org/` and `https://example.org` agree.
 */
export function statementBase(element: Element): string {
  const own = element.getAttribute('statement-base')?.trim();
  const meta = document.querySelector<HTMLMetaElement>('meta[name="nabij-statement-base"]')?.content.trim();
  return (own || meta || DEFAULT_STATEMENT_BASE).replace(/\/+$/, '');
}

/** `<base>/<kind>/<id>/…`: each segment percent-encoded, so an id with a slash or space cannot break the IRI. */
export function activityId(base: string, path: readonly (string | number)[]): string {
  return [base, ...path.map((segment) => encodeURIComponent(String(segment)))].join('/');
}

export function buildStatement(
  element: Element & { actor?: unknown },
  verb: StatementVerb,
  path: readonly (string | number)[],
  options: StatementOptions = {},
): NabijStatement {
  const base = statementBase(element);
  const [nl, en] = VERB_DISPLAY[verb];
  const definition = {
    ...(options.name ? { name: { [options.lang || 'nl']: options.name } } : {}),
    ...(options.type ? { type: options.type } : {}),
  };
  return {
    // A structured clone, so a listener that edits its statement cannot change the element's actor.
    ...(element.actor ? { actor: structuredClone(element.actor) } : {}),
    verb: { id: `http://adlnet.gov/expapi/verbs/${verb}`, display: { 'nl-NL': nl, 'en-US': en } },
    object: {
      objectType: 'Activity',
      id: activityId(base, path),
      ...(Object.keys(definition).length ? { definition } : {}),
    },
    ...(options.result ? { result: options.result } : {}),
    ...(options.parent
      ? {
          context: {
            contextActivities: { parent: [{ objectType: 'Activity', id: activityId(base, options.parent) }] },
          },
        }
      : {}),
    timestamp: new Date().toISOString(),
  };
}

export function emitStatement(
  element: Element & { actor?: unknown },
  verb: StatementVerb,
  path: readonly (string | number)[],
  options?: StatementOptions,
): void {
  emit(element, 'nabij-statement', buildStatement(element, verb, path, options));
}
