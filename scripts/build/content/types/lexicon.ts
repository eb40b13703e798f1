/** The lexicon's front matter, and the rules that tie it to its lemma files (one file per id, in `lemmas:` order). */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { lexiconType } from '../../../../src/content/types/index.js';
import { fail, itemHeader, readAuthored, LICENCE, type AuthoredFile } from '../authored.js';
import { defineBuilder } from '../builder.js';
import { bodyToSummaryAndSections } from '../rich-text.js';

/** The lexicon's front-matter file and its lemma files by id, after the checks that tie them together. */
export function readLexicon(contentDir: string): { front: AuthoredFile; order: string[]; lemmas: Map<string, AuthoredFile> } {
  const dir = join(contentDir, 'lexicon');
  const lexiconFiles = readdirSync(dir).filter((name) => name.endsWith('.md'));
  if (lexiconFiles.length !== 1) fail(dir, 'expected exactly one lexicon front-matter file (<id>.md)');
  const front = readAuthored(join(dir, lexiconFiles[0]));
  const lemmaDir = join(dir, 'lemmas');
  const lemmaFiles = readdirSync(lemmaDir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => readAuthored(join(lemmaDir, name)));
  const order =
    (front.data.lemmas as string[] | undefined) ?? fail(front.file, 'front matter needs `lemmas:` (ids in book order)');
  const byId = new Map(lemmaFiles.map((lemma) => [String(lemma.data.id), lemma]));
  for (const lemma of lemmaFiles) {
    if (`${lemma.data.id}.md` !== basename(lemma.file))
      fail(lemma.file, `file name must be ${String(lemma.data.id)}.md`);
    if (!order.includes(String(lemma.data.id))) fail(front.file, `lemmas: is missing ${String(lemma.data.id)}`);
  }
  for (const id of order)
    if (!byId.has(id)) fail(front.file, `lemmas: lists ${id}, but content/…/lemmas/${id}.md is missing`);
  return { front, order, lemmas: byId };
}

export const lexiconBuilder = defineBuilder({
  type: lexiconType,
  build({ contentDir }, validated) {
    const { front, order } = readLexicon(contentDir);
    const meta = front.data;
    const intro = bodyToSummaryAndSections(front.body, front.file);
    const lexicon = validated(front.file, {
      ...itemHeader('lexicon', meta),
      title: meta.title,
      editors: meta.editors,
      supportingOrganisations: meta.supportingOrganisations,
      year: String(meta.year),
      predecessor: meta.predecessor,
      foreword: meta.foreword,
      proximityKinds: meta.proximityKinds,
      introduction: intro.summary,
      lemmas: order,
      source: {
        publication: String(meta.title),
        editors: meta.editors as string[],
        year: String(meta.year),
        licence: LICENCE,
        locator: meta.locator,
      },
    });
    return new Map([[lexicon.id, lexicon]]);
  },
});
