/** Reading authored content (YAML front matter + Markdown), and the one way a content build fails: file and reason. */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

export class ContentBuildError extends Error {}

/** Stops the build with the file and what is wrong in it (the field path, when the schema found it). */
export function fail(file: string, message: string): never {
  throw new ContentBuildError(`${file}: ${message}`);
}

/** Licence of our own texts about the sources. */
export const LICENCE = 'CC BY 4.0';

export interface AuthoredFile {
  file: string;
  data: Record<string, unknown>;
  body: string;
}

export function readAuthored(file: string): AuthoredFile {
  const text = readFileSync(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) fail(file, 'expected YAML front matter between --- lines');
  const data = parseYaml(match[1]) as unknown;
  if (!data || typeof data !== 'object' || Array.isArray(data)) fail(file, 'front matter must be a YAML mapping');
  return { file, data: data as Record<string, unknown>, body: match[2] };
}

/** The fields every content item starts with; an authored file may set its own lang and contentVersion. */
export function itemHeader(type: string, data: Record<string, unknown>, lang = 'nl') {
  return { type, id: data.id, lang: data.lang ?? lang, contentVersion: data.contentVersion ?? '1.0.0' };
}

/** Every lemma id a value links with a `lemma-ref` run, at any depth. */
export function collectLemmaRefs(value: unknown, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => collectLemmaRefs(item, found));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (record.type === 'lemma-ref' && typeof record.lemma === 'string') found.add(record.lemma);
    Object.values(record).forEach((item) => collectLemmaRefs(item, found));
  }
  return found;
}
