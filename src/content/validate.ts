import * as v from 'valibot';
import type { ContentIssue } from './errors.js';

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: ContentIssue[] };

/** `keyConcepts[2].term`; the root itself is `(root)`. */
export function formatPath(path: readonly { key: unknown }[] | undefined): string {
  if (!path?.length) return '(root)';
  return path
    .map(({ key }, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

/** Short, safe description of a wrong value (never the whole of a huge string). */
function describeReceived(input: unknown): string {
  if (input === undefined) return 'undefined';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'string') return input.length > 40 ? `"${input.slice(0, 40)}…"` : `"${input}"`;
  return typeof input;
}

function toIssue(issue: v.BaseIssue<unknown>): ContentIssue {
  const path = formatPath(issue.path as { key: unknown }[] | undefined);
  // Our schema's own checks carry a message key; valibot's type checks say what they expected.
  if (issue.message.startsWith('expected.')) return { path, key: issue.message };
  if (issue.type === 'object' && issue.input === undefined) return { path, key: 'expected.required' };
  return {
    path,
    key: 'expected-received',
    params: { expected: issue.expected ?? issue.type, received: describeReceived(issue.input) },
  };
}

/** Validates unknown input (parsed JSON, a JS object) against a content schema, collecting every issue. */
export function validateContent<TSchema extends v.GenericSchema>(
  schema: TSchema,
  input: unknown,
): ValidationResult<v.InferOutput<TSchema>> {
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, issues: result.issues.map(toIssue) };
}
