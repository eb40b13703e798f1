/**
 * Compiles the authored content in content/ (Markdown with YAML front matter, one file per item, so an editor
 * can review one lemma without touching code) into the built-in dataset: one small ES module per item in
 * src/generated/, plus each type's id → module table and loaders. Every content type is compiled through its
 * descriptor (src/content/types/) by its builder (scripts/build/content/types/); every item is validated against
 * the same schema the elements use at run time, and every cross-link must resolve; any problem stops the build
 * with the file and field.
 *
 * Usage: tsx scripts/build/build-content.ts [--check]   (--check validates without writing)
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ContentBuildError } from './content/authored.js';
import { onlyItem } from './content/builder.js';
import { writeGenerated } from './content/emit.js';
import { buildContent } from './content/run.js';
import { casebookType, caseType, ladderType, lemmaType, lexiconType } from '../../src/content/types/index.js';

const root = new URL('../..', import.meta.url).pathname;
const outDir = join(root, 'src', 'generated');
const checkOnly = process.argv.includes('--check');

try {
  const { items, built } = buildContent(join(root, 'content'));
  if (!checkOnly) {
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    writeGenerated(outDir, built);
  }
  const lexicon = onlyItem(items(lexiconType))!;
  const lemmas = items(lemmaType).size;
  const ladders = items(ladderType).size;
  const casebook = onlyItem(items(casebookType));
  const cases = [...items(caseType).values()];
  console.log(
    `content: lexicon "${lexicon.title}" with ${lemmas} lemmas, ${ladders} ladder(s), ` +
      `${casebook ? `casebook "${casebook.title}" with ${cases.length} cases and ${cases.reduce((sum, item) => sum + item.questions.length, 0)} questions` : 'no casebook'}, all valid${checkOnly ? '' : ' → src/generated/'}`,
  );
} catch (error) {
  if (!(error instanceof ContentBuildError)) throw error;
  console.error(`content error in ${error.message}`);
  process.exit(1);
}
