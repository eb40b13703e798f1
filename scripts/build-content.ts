/**
 * Compiles the authored content in content/ (Markdown with YAML front matter, one file per item, so an editor
 * can review one lemma without touching code) into the built-in dataset: one small ES module per item in
 * src/generated/, plus an index of lazy loaders. Every item is validated against the same schema the elements
 * use at run time, and every cross-link must resolve; any problem stops the build with the file and field.
 *
 * Usage: tsx scripts/build-content.ts [--check]   (--check validates without writing)
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { PhrasingContent, RootContent } from 'mdast';
import { parse as parseYaml } from 'yaml';
import {
  CasebookSchema,
  CaseSchema,
  GlossarySchema,
  LexiconSearchSchema,
  LadderSchema,
  LemmaSchema,
  LexiconSchema,
  type Block,
  type Case,
  type Casebook,
  type Inline,
  type Ladder,
  type Lemma,
  type Lexicon,
  type Glossary,
  type LexiconSearch,
} from '../src/content/schema.js';
import { richTextToPlain } from '../src/core/rich-text.js';
import { foldText } from '../src/core/text.js';
import { validateContent } from '../src/content/validate.js';
import { describeContentError } from '../src/core/error-report.js';

const root = new URL('..', import.meta.url).pathname;
const contentDir = join(root, 'content');
const outDir = join(root, 'src', 'generated');
const checkOnly = process.argv.includes('--check');
const LICENCE = 'CC BY 4.0';

class ContentBuildError extends Error {}

function fail(file: string, message: string): never {
  throw new ContentBuildError(`${file}: ${message}`);
}

interface AuthoredFile {
  file: string;
  data: Record<string, unknown>;
  body: string;
}

function readAuthored(file: string): AuthoredFile {
  const text = readFileSync(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) fail(file, 'expected YAML front matter between --- lines');
  const data = parseYaml(match[1]) as unknown;
  if (!data || typeof data !== 'object' || Array.isArray(data)) fail(file, 'front matter must be a YAML mapping');
  return { file, data: data as Record<string, unknown>, body: match[2] };
}

/** `[[lemma-id|visible text]]` inside Markdown text becomes a lemma reference. */
const LEMMA_REF = /\[\[([a-z0-9-]+)\|([^\]]+)\]\]/g;

function textToInlines(text: string, marks: ('em' | 'strong')[]): Inline[] {
  const inlines: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(LEMMA_REF)) {
    if (match.index > last) inlines.push(textRun(text.slice(last, match.index), marks));
    inlines.push({ type: 'lemma-ref', lemma: match[1], text: match[2] });
    last = match.index + match[0].length;
  }
  if (last < text.length) inlines.push(textRun(text.slice(last), marks));
  return inlines;
}

function textRun(text: string, marks: ('em' | 'strong')[]): Inline {
  return marks.length ? { type: 'text', text, marks: [...marks] } : text;
}

function phrasing(nodes: PhrasingContent[], file: string, marks: ('em' | 'strong')[] = []): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    switch (node.type) {
      case 'text':
        return textToInlines(node.value.replace(/\s*\n\s*/g, ' '), marks);
      case 'emphasis':
        return phrasing(node.children, file, [...marks, 'em']);
      case 'strong':
        return phrasing(node.children, file, [...marks, 'strong']);
      case 'link':
        return [{ type: 'link', href: node.url, text: plain(node.children) }];
      case 'break':
        return [textRun(' ', marks)];
      default:
        return fail(file, `Markdown "${node.type}" is not supported in content (use text, *em*, **strong**, links)`);
    }
  });
}

function plain(nodes: PhrasingContent[]): string {
  return nodes.map((node) => ('value' in node ? node.value : 'children' in node ? plain(node.children) : '')).join('');
}

function blocks(nodes: RootContent[], file: string): Block[] {
  return nodes.map((node): Block => {
    if (node.type === 'paragraph') return { type: 'paragraph', children: phrasing(node.children, file) };
    if (node.type === 'list') {
      return {
        type: 'list',
        ...(node.ordered ? { ordered: true } : {}),
        items: node.children.map((item) =>
          item.children.flatMap((child) =>
            child.type === 'paragraph'
              ? phrasing(child.children, file)
              : fail(file, 'list items hold plain paragraphs only'),
          ),
        ),
      };
    }
    return fail(file, `Markdown "${node.type}" is not supported in content (use paragraphs, lists and ## sections)`);
  });
}

/** The body before the first `##` is the summary; each `## Heading` opens a section. */
function bodyToSummaryAndSections(body: string, file: string) {
  const tree = fromMarkdown(body);
  const summary: RootContent[] = [];
  const sections: { heading: string; nodes: RootContent[] }[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading') {
      if (node.depth !== 2) fail(file, `use ## for section headings (found a level-${node.depth} heading)`);
      sections.push({ heading: plain(node.children), nodes: [] });
    } else if (sections.length) {
      sections.at(-1)!.nodes.push(node);
    } else {
      summary.push(node);
    }
  }
  return {
    summary: blocks(summary, file),
    sections: sections.map((section) => ({ heading: section.heading, text: blocks(section.nodes, file) })),
  };
}

function collectLemmaRefs(value: unknown, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => collectLemmaRefs(item, found));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (record.type === 'lemma-ref' && typeof record.lemma === 'string') found.add(record.lemma);
    Object.values(record).forEach((item) => collectLemmaRefs(item, found));
  }
  return found;
}

function validated<T>(file: string, schema: Parameters<typeof validateContent>[0], item: unknown): T {
  const result = validateContent(schema, item);
  if (!result.ok) {
    const lines = describeContentError({ code: 'invalid-content', issues: result.issues }, 'en');
    fail(file, `invalid content\n  ${lines.join('\n  ')}`);
  }
  return result.value as T;
}

/** The fields every content item starts with; an authored file may set its own lang and contentVersion. */
function itemHeader(type: string, data: Record<string, unknown>, lang = 'nl') {
  return { type, id: data.id, lang: data.lang ?? lang, contentVersion: data.contentVersion ?? '1.0.0' };
}

function buildLexicon(dir: string) {
  const lexiconFiles = readdirSync(dir).filter((name) => name.endsWith('.md'));
  if (lexiconFiles.length !== 1) fail(dir, 'expected exactly one lexicon front-matter file (<id>.md)');
  const front = readAuthored(join(dir, lexiconFiles[0]));
  const lemmaDir = join(dir, 'lemmas');
  const lemmaFiles = readdirSync(lemmaDir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => readAuthored(join(lemmaDir, name)));

  const meta = front.data;
  const order =
    (meta.lemmas as string[] | undefined) ?? fail(front.file, 'front matter needs `lemmas:` (ids in book order)');
  const byId = new Map(lemmaFiles.map((lemma) => [String(lemma.data.id), lemma]));
  for (const lemma of lemmaFiles) {
    if (`${lemma.data.id}.md` !== basename(lemma.file))
      fail(lemma.file, `file name must be ${String(lemma.data.id)}.md`);
    if (!order.includes(String(lemma.data.id))) fail(front.file, `lemmas: is missing ${String(lemma.data.id)}`);
  }
  for (const id of order)
    if (!byId.has(id)) fail(front.file, `lemmas: lists ${id}, but content/…/lemmas/${id}.md is missing`);

  const intro = bodyToSummaryAndSections(front.body, front.file);
  const source = {
    publication: String(meta.title),
    editors: meta.editors as string[],
    year: String(meta.year),
    licence: LICENCE,
  };
  const lexicon = validated<Lexicon>(front.file, LexiconSchema, {
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
    source: { ...source, locator: meta.locator },
  });
  const clusters = new Map((lexicon.proximityKinds ?? []).map((kind) => [kind.id, kind.name]));

  const lemmas = order.map((id) => {
    const { file, data, body } = byId.get(id)!;
    const { summary, sections } = bodyToSummaryAndSections(body, file);
    const related = ((data.related as string[] | undefined) ?? []).map((relatedId) => ({
      id: relatedId,
      title: String(
        byId.get(relatedId)?.data.title ?? fail(file, `related: ${relatedId} is not a lemma in this lexicon`),
      ),
    }));
    const clusterId = data.cluster as string | undefined;
    if (clusterId && !clusters.has(clusterId))
      fail(file, `cluster: ${clusterId} is not one of ${[...clusters.keys()].join(', ')}`);
    const lemma = validated<Lemma>(file, LemmaSchema, {
      ...itemHeader('lemma', data, lexicon.lang),
      title: data.title,
      subtitle: data.subtitle,
      authors: data.authors,
      cluster: clusterId
        ? { id: clusterId, name: clusters.get(clusterId), assignment: data.clusterAssignment ?? 'editorial' }
        : undefined,
      summary,
      sections: sections.length ? sections : undefined,
      keyConcepts: data.keyConcepts,
      glossary: data.glossary,
      references: data.references,
      related: related.length ? related : undefined,
      source: { ...source, authors: data.authors, locator: data.locator },
    });
    for (const ref of collectLemmaRefs(lemma)) {
      if (!byId.has(ref)) fail(file, `[[${ref}|…]] links to a lemma that does not exist`);
    }
    return lemma;
  });
  return { lexicon, lemmas, ...buildSearch(front.file, lexicon, lemmas) };
}

const fold = (text: string) => foldText(text).trim();

/**
 * The search module (one record per lemma) and the glossary, merged by term (case and accents folded). A term
 * points first at the lemmas that explain it (a lemma whose title is the term, and any `explainedIn` a lemma
 * gives), then at the lemmas that name it, in book order; its explanation is the one written in the first of
 * those lemmas that lists the term, a key concept before a named term.
 */
function buildSearch(file: string, lexicon: Lexicon, lemmas: Lemma[]): { search: LexiconSearch; glossary: Glossary } {
  const byId = new Map(lemmas.map((lemma) => [lemma.id, lemma]));
  const mentions = new Map<string, { lemma: Lemma; term: string; explanation: string; explainedIn: string[] }[]>();
  for (const lemma of lemmas) {
    for (const { term, explanation, explainedIn = [] } of [...(lemma.keyConcepts ?? []), ...(lemma.glossary ?? [])]) {
      for (const id of explainedIn) {
        if (!byId.has(id)) fail(file, `${lemma.id}: "${term}" is explained in "${id}", which is not a lemma`);
        if (id === lemma.id) fail(file, `${lemma.id}: "${term}" names its own lemma in explainedIn`);
      }
      const key = fold(term);
      if (!mentions.has(key)) mentions.set(key, []);
      const known = mentions.get(key)!;
      if (known.some((mention) => mention.lemma.id === lemma.id)) fail(file, `${lemma.id}: "${term}" is listed twice`);
      known.push({ lemma, term, explanation, explainedIn });
    }
  }
  const terms = [...mentions].map(([key, list]) => {
    const explaining = [
      ...lemmas.filter((lemma) => fold(lemma.title) === key).map((lemma) => lemma.id),
      ...list.flatMap((mention) => mention.explainedIn),
    ];
    const order = [...new Set([...explaining, ...list.map((mention) => mention.lemma.id)])];
    const first = order.map((id) => list.find((mention) => mention.lemma.id === id)).find(Boolean)!;
    return {
      term: first.term,
      explanation: first.explanation,
      lemmas: order.map((id) => ({ id, title: byId.get(id)!.title })),
    };
  });
  const glossary = validated<Glossary>(file, GlossarySchema, {
    type: 'glossary',
    id: lexicon.id,
    lang: lexicon.lang,
    contentVersion: lexicon.contentVersion,
    terms: terms.sort((a, b) => a.term.localeCompare(b.term, 'nl')),
    source: lexicon.source,
  });
  const search = validated<LexiconSearch>(file, LexiconSearchSchema, {
    type: 'lexicon-search',
    id: lexicon.id,
    lang: lexicon.lang,
    contentVersion: lexicon.contentVersion,
    title: lexicon.title,
    lemmas: lemmas.map((lemma) => ({
      id: lemma.id,
      title: lemma.title,
      authors: lemma.authors,
      cluster: lemma.cluster
        ? { id: lemma.cluster.id, name: lemma.cluster.name, assignment: lemma.cluster.assignment }
        : undefined,
      concepts: [...(lemma.keyConcepts ?? []), ...(lemma.glossary ?? [])].map((concept) => concept.term),
      summary: richTextToPlain(lemma.summary),
    })),
    source: lexicon.source,
  });
  return { search, glossary };
}

/** Ladders are YAML files (structured data with short texts); each must belong to a lemma that exists. */
function buildLadders(dir: string, lemmaIds: Set<string>, lexicon: Lexicon): Ladder[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => {
      const file = join(dir, name);
      const data = parseYaml(readFileSync(file, 'utf8')) as Record<string, unknown>;
      if (`${String(data.id)}.yaml` !== name) fail(file, `file name must be ${String(data.id)}.yaml`);
      if (data.lemma && !lemmaIds.has(String(data.lemma))) fail(file, `lemma: ${String(data.lemma)} does not exist`);
      // Our own ladders say for every rung whose valuation it is, so an editorial one is never shown as the source's.
      for (const rung of (data.rungs as Record<string, unknown>[] | undefined) ?? []) {
        if (!rung.valuationBy) fail(file, `rung ${String(rung.id)}: valuationBy (source or editorial) is missing`);
      }
      const { locator, basedOn, ...rest } = data;
      return validated<Ladder>(file, LadderSchema, {
        ...rest,
        ...itemHeader('ladder', data, lexicon.lang),
        references: [...(basedOn ? [basedOn] : []), ...((data.references as unknown[]) ?? [])],
        source: {
          publication: lexicon.title,
          editors: lexicon.editors,
          authors: data.authors,
          year: lexicon.year,
          locator,
          licence: LICENCE,
        },
      });
    });
}

/**
 * The casebook: front matter (YAML + a Markdown summary) and one Markdown file per case, whose body holds the
 * introduction and, under `##` headings, the case's own sections. Questions get ids `vraag-1`, `vraag-2`, ….
 */
function buildCasebook(
  dir: string,
  lemmaIds: Set<string>,
): { casebook: Casebook; cases: Case[]; caseLemmas: Map<string, string[]> } | undefined {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.md'));
  } catch {
    return undefined;
  }
  if (names.length !== 1) fail(dir, 'expected exactly one casebook front-matter file (<id>.md)');
  const front = readAuthored(join(dir, names[0]));
  const meta = front.data;
  const parts = (meta.parts as { id: string; number: number; name: string }[]) ?? [];
  const partById = new Map(parts.map((part) => [part.id, part]));
  const source = {
    publication: String(meta.title),
    publisher: meta.publisher,
    year: String(meta.year),
    licence: LICENCE,
  };
  const caseLemmas = new Map<string, string[]>();
  const caseFiles = readdirSync(join(dir, 'cases'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => readAuthored(join(dir, 'cases', name)));
  const cases = caseFiles.map(({ file, data, body }) => {
    const { summary: introduction, sections } = bodyToSummaryAndSections(body, file);
    const part =
      partById.get(String(data.part)) ?? fail(file, `part: ${String(data.part)} is not a part of the casebook`);
    if (basename(file) !== `casus-${String(data.number).padStart(2, '0')}.md`)
      fail(file, 'file name must be casus-NN.md');
    const item = validated<Case>(file, CaseSchema, {
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
        ...source,
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
    caseLemmas.set(item.id, listed as string[]);
    return item;
  });
  const intro = bodyToSummaryAndSections(front.body, front.file);
  const casebook = validated<Casebook>(front.file, CasebookSchema, {
    ...itemHeader('casebook', meta),
    title: meta.title,
    subtitle: meta.subtitle,
    publisher: meta.publisher,
    year: String(meta.year),
    audience: meta.audience,
    summary: intro.summary,
    parts,
    sections: meta.sections,
    references: meta.references,
    cases: cases.map(({ id, number, title, part, description, actors, keywords }) => ({
      id,
      number,
      title,
      part: part.id,
      description,
      actors,
      keywords,
    })),
    source: { ...source, locator: meta.locator },
  });
  return { casebook, cases, caseLemmas };
}

/**
 * lemma id → the cases that link it ({ id, title }, in casebook order): the "cases on this lemma" a full
 * `<lemma-card>` shows. Every lemma has an entry, an empty list when no case links it.
 */
function casesByLemma(lemmaIds: string[], cases: Case[], caseLemmas: Map<string, string[]>) {
  return Object.fromEntries(
    lemmaIds.map((lemmaId) => [
      lemmaId,
      cases
        .filter((item) => caseLemmas.get(item.id)?.includes(lemmaId))
        .map((item) => ({ id: item.id, title: item.title })),
    ]),
  );
}

function moduleSource(item: unknown): string {
  return `// Generated by scripts/build-content.ts from content/. Do not edit.\nconst item: unknown = ${JSON.stringify(item, null, 2)};\nexport default item;\n`;
}

try {
  const lexiconDir = join(contentDir, 'lexicon');
  const { lexicon, lemmas, search, glossary } = buildLexicon(lexiconDir);
  const lemmaIds = new Set(lemmas.map((lemma) => lemma.id));
  const ladders = buildLadders(join(contentDir, 'ladders'), lemmaIds, lexicon);
  const book = buildCasebook(join(contentDir, 'casebook'), lemmaIds);
  if (!checkOnly) {
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(join(outDir, 'lemmas'), { recursive: true });
    mkdirSync(join(outDir, 'lexicons'), { recursive: true });
    mkdirSync(join(outDir, 'ladders'), { recursive: true });
    mkdirSync(join(outDir, 'search'), { recursive: true });
    // File names end in -search / -glossary so their chunks are told apart from the lexicon's own module.
    // The list (titles, authors, clusters) is what an index shows at once; the texts search looks in are most
    // of the bytes, so they are a module of their own, loaded on the first search.
    const { lemmas: records, ...searchHeader } = search;
    writeFileSync(
      join(outDir, 'search', `${lexicon.id}-search.ts`),
      moduleSource({ ...searchHeader, lemmas: records.map(({ concepts, summary, ...record }) => record) }),
    );
    writeFileSync(
      join(outDir, 'search', `${lexicon.id}-search-texts.ts`),
      moduleSource(Object.fromEntries(records.map(({ id, concepts, summary }) => [id, { concepts, summary }]))),
    );
    mkdirSync(join(outDir, 'glossary'), { recursive: true });
    writeFileSync(join(outDir, 'glossary', `${lexicon.id}-glossary.ts`), moduleSource(glossary));
    for (const ladder of ladders) writeFileSync(join(outDir, 'ladders', `${ladder.id}.ts`), moduleSource(ladder));
    mkdirSync(join(outDir, 'cases'), { recursive: true });
    mkdirSync(join(outDir, 'casebooks'), { recursive: true });
    if (book) {
      writeFileSync(join(outDir, 'casebooks', `${book.casebook.id}.ts`), moduleSource(book.casebook));
      for (const item of book.cases) writeFileSync(join(outDir, 'cases', `${item.id}.ts`), moduleSource(item));
    }
    writeFileSync(join(outDir, 'lexicons', `${lexicon.id}.ts`), moduleSource(lexicon));
    // A lemma's glossary terms live in the glossary and search modules; the card does not show them, so the
    // lemma's own module leaves them out and stays small. `explainedIn` only orders the glossary: left out too.
    for (const { glossary, ...lemma } of lemmas) {
      const keyConcepts = lemma.keyConcepts?.map(({ term, explanation }) => ({ term, explanation }));
      writeFileSync(join(outDir, 'lemmas', `${lemma.id}.ts`), moduleSource({ ...lemma, keyConcepts }));
    }
    // One loader table per content type, so an element bundles only the table of the type it shows.
    const table = (file: string, dir: string, ids: string[], suffix = '') =>
      writeFileSync(
        join(outDir, `${file}.ts`),
        [
          '// Generated by scripts/build-content.ts from content/. Do not edit.',
          '// One dynamic import per item: bundlers split each into its own chunk, loaded on demand.',
          'export const modules: Record<string, () => Promise<{ default: unknown }>> = {',
          ...ids.map((id) => `  '${id}': () => import('./${dir}/${id}${suffix}.js'),`),
          '};',
          '',
        ].join('\n'),
      );
    table(
      'lemma-index',
      'lemmas',
      lemmas.map((lemma) => lemma.id),
    );
    table('lexicon-index', 'lexicons', [lexicon.id]);
    table('search-index', 'search', [lexicon.id], '-search');
    table('search-texts-index', 'search', [lexicon.id], '-search-texts');
    table('glossary-index', 'glossary', [lexicon.id], '-glossary');
    table(
      'ladder-index',
      'ladders',
      ladders.map((ladder) => ladder.id),
    );
    table(
      'case-index',
      'cases',
      (book?.cases ?? []).map((item) => item.id),
    );
    table('casebook-index', 'casebooks', book ? [book.casebook.id] : []);
    // Small enough for one module; the card imports it on demand (full variant, built-in lemma only).
    writeFileSync(
      join(outDir, 'lemma-cases.ts'),
      [
        '// Generated by scripts/build-content.ts from content/. Do not edit.',
        "// Lemma id → the cases whose text links that lemma (`lemmas:` in each case's front matter), in casebook order.",
        `export const lemmaCases: Record<string, { id: string; title: string }[]> = ${JSON.stringify(
          casesByLemma(
            lemmas.map((lemma) => lemma.id),
            book?.cases ?? [],
            book?.caseLemmas ?? new Map(),
          ),
          null,
          2,
        )};`,
        '',
      ].join('\n'),
    );
  }
  console.log(
    `content: lexicon "${lexicon.title}" with ${lemmas.length} lemmas, ${ladders.length} ladder(s), ` +
      `${book ? `casebook "${book.casebook.title}" with ${book.cases.length} cases and ${book.cases.reduce((sum, item) => sum + item.questions.length, 0)} questions` : 'no casebook'}, all valid${checkOnly ? '' : ' → src/generated/'}`,
  );
} catch (error) {
  if (!(error instanceof ContentBuildError)) throw error;
  console.error(`content error in ${error.message}`);
  process.exit(1);
}
