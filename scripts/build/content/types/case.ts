/**
 * The cases of the casebook: one Markdown file per case, whose body holds the introduction and, under `##`
 * headings, the case's own sections. Questions get ids `vraag-1`, `vraag-2`, …. A case's `lemmas:` lists exactly
 * the lemmas its text links, and each must exist. Keywords are written one way across all cases (keywords.ts).
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Case } from '../../../../src/content/schema.js';
import { caseType, lemmaType } from '../../../../src/content/types/index.js';
import { collectLemmaRefs, fail, itemHeader, readAuthored, LICENCE, type AuthoredFile } from '../authored.js';
import { defineBuilder } from '../builder.js';
import { nearDuplicateKeywords } from '../keywords.js';
import { bodyToSummaryAndSections, textToInlines } from '../rich-text.js';

export interface CasebookFront {
  dir: string;
  front: AuthoredFile;
  parts: { id: string; number: number; name: string }[];
  source: { publication: string; publisher: unknown; year: string; licence: string };
}

/** The casebook's front matter, or undefined when content/ has no casebook. */
export function readCasebookFront(contentDir: string): CasebookFront | undefined {
  const dir = join(contentDir, 'casebook');
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.md'));
  } catch {
    return undefined;
  }
  if (names.length !== 1) fail(dir, 'expected exactly one casebook front-matter file (<id>.md)');
  const front = readAuthored(join(dir, names[0]));
  const meta = front.data;
  return {
    dir,
    front,
    parts: (meta.parts as CasebookFront['parts']) ?? [],
    source: { publication: String(meta.title), publisher: meta.publisher, year: String(meta.year), licence: LICENCE },
  };
}

export const caseBuilder = defineBuilder({
  type: caseType,
  build(context, validated) {
    const cases = new Map<string, Case>();
    const book = readCasebookFront(context.contentDir);
    if (!book) return cases;
    const lemmaIds = context.items(lemmaType);
    const partById = new Map(book.parts.map((part) => [part.id, part]));
    const caseFiles = readdirSync(join(book.dir, 'cases'))
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => readAuthored(join(book.dir, 'cases', name)));
    const keywordFiles = new Map<string, string>();
    for (const { file, data, body } of caseFiles) {
      const { summary: introduction, sections } = bodyToSummaryAndSections(body, file);
      const part =
        partById.get(String(data.part)) ?? fail(file, `part: ${String(data.part)} is not a part of the casebook`);
      if (basename(file) !== `casus-${String(data.number).padStart(2, '0')}.md`)
        fail(file, 'file name must be casus-NN.md');
      const item = validated(file, {
        ...itemHeader('case', data),
        number: data.number,
        title: data.title,
        part,
        actors: data.actors,
        keywords: data.keywords,
        description: data.description,
        lead: data.lead,
        introduction,
        sections,
        // A question's [[lemma-id|word]] links become inline runs; a question without one stays a plain string.
        questions: ((data.questions as Record<string, unknown>[]) ?? []).map((question, index) => ({
          id: `vraag-${index + 1}`,
          ...question,
          text:
            typeof question.text === 'string' && question.text.includes('[[')
              ? textToInlines(question.text, [])
              : question.text,
        })),
        literature: data.literature,
        links: data.links,
        source: {
          ...book.source,
          locator: data.locator ?? fail(file, 'front matter needs `locator:` (case, part and page in the casebook)'),
        },
      });
      const linked = collectLemmaRefs(item);
      for (const ref of linked) {
        if (!lemmaIds.has(ref)) fail(file, `[[${ref}|…]] links to a lemma that does not exist`);
      }
      // `lemmas:` names the lemmas the case touches; each must exist and be linked in the text, and every link listed.
      const listed = data.lemmas;
      if (!Array.isArray(listed) || !listed.every((id) => typeof id === 'string'))
        fail(file, 'front matter needs `lemmas:` (ids of the lemmas this case links, e.g. [wederkerigheid, vertrouwen])');
      for (const id of listed as string[]) {
        if (!lemmaIds.has(id)) fail(file, `lemmas: ${id} is not a lemma in the lexicon`);
        if (!linked.has(id)) fail(file, `lemmas: lists ${id}, but the text has no [[${id}|…]] link`);
      }
      for (const ref of linked) {
        if (!(listed as string[]).includes(ref)) fail(file, `[[${ref}|…]] is linked, but lemmas: does not list ${ref}`);
      }
      cases.set(item.id, item);
      for (const keyword of item.keywords) {
        if (!keywordFiles.has(keyword)) keywordFiles.set(keyword, file);
      }
    }
    // <casus-index> filters on the exact keyword: two spellings of one concept would split its cases over two chips.
    const clashes = nearDuplicateKeywords(keywordFiles.keys());
    if (clashes.length)
      fail(
        join(book.dir, 'cases'),
        `keywords must have one form per concept; write each of these groups one way in every case: ${clashes
          .map((forms) => forms.map((form) => `"${form}" (${basename(keywordFiles.get(form)!)})`).join(' / '))
          .join('; ')}`,
      );
    return cases;
  },
});
