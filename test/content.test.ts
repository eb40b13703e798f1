import { expect } from '@open-wc/testing';
import {
  builtinCaseIds,
  builtinLemmaIds,
  loadBuiltinCase,
  loadBuiltinCasebook,
  loadBuiltinLemma,
  loadBuiltinLexicon,
  loadBuiltinGlossary,
  loadBuiltinLexiconSearch,
  loadBuiltinLadder,
} from '../src/content/builtin.js';
import { modules as ladderModules } from '../src/generated/ladder-index.js';
import { lemmaCases } from '../src/generated/lemma-cases.js';
import { validateCase } from '../src/content/validators/case.js';
import { validateCasebook } from '../src/content/validators/casebook.js';
import {
  LexiconSchema,
  type Case,
  type Inline,
  type Lemma,
  type LexiconSearch,
  type Glossary,
  type RichText,
} from '../src/content/schema.js';
import { validateContent } from '../src/content/validate.js';
import { validateLemma } from '../src/content/validators/lemma.js';

function lemmaRefs(text: RichText | undefined): string[] {
  if (!text || typeof text === 'string') return [];
  const inlines: Inline[] = text.flatMap((block) => (block.type === 'paragraph' ? block.children : block.items.flat()));
  return inlines.flatMap((inline) => (typeof inline !== 'string' && inline.type === 'lemma-ref' ? [inline.lemma] : []));
}

describe('built-in dataset', () => {
  it('holds the lexicon front matter, valid, listing exactly the built-in lemmas', async () => {
    const result = validateContent(LexiconSchema, await loadBuiltinLexicon('nabijheid-en-sociaal-werk'));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const lexicon = result.value;
    expect(lexicon.title).to.equal('Nabijheid en sociaal werk');
    expect(lexicon.editors).to.have.length(8);
    expect(lexicon.predecessor?.title).to.match(/^Open deuren/);
    expect(lexicon.proximityKinds?.map((kind) => kind.id)).to.deep.equal([
      'sociale-nabijheid',
      'geografische-nabijheid',
      'professionele-nabijheid',
      'institutionele-nabijheid',
    ]);
    expect(lexicon.lemmas).to.deep.equal([...builtinLemmaIds]);
  });

  it('has all 33 lemmas of the book, from Sociale basis to the boundary spanner', () => {
    expect(builtinLemmaIds).to.have.length(33);
    expect(builtinLemmaIds[0]).to.equal('sociale-basis');
    expect(builtinLemmaIds.at(-1)).to.equal('werken-aan-institutionele-nabijheid');
  });

  it('has a glossary of several hundred terms, each pointing to lemmas that exist', async () => {
    const search = (await loadBuiltinLexiconSearch('nabijheid-en-sociaal-werk')) as LexiconSearch;
    expect(search.lemmas).to.have.length(33);
    const glossary = (await loadBuiltinGlossary('nabijheid-en-sociaal-werk')) as Glossary;
    expect(glossary.terms.length).to.be.greaterThan(300);
    for (const entry of glossary.terms) {
      expect(entry.lemmas.length, entry.term).to.be.greaterThan(0);
      for (const { id } of entry.lemmas) expect(builtinLemmaIds).to.include(id);
    }
    const terms = glossary.terms.map((entry) => entry.term.toLowerCase());
    expect(terms.some((term) => term.includes('goffman'))).to.equal(true);
  });

  for (const id of builtinLemmaIds) {
    it(`lemma ${id}: valid, attributed, with resolvable links`, async () => {
      const result = await validateLemma(await loadBuiltinLemma(id));
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      const lemma: Lemma = result.value;
      expect(lemma.id).to.equal(id);
      expect(lemma.source.publication).to.equal('Nabijheid en sociaal werk');
      expect(lemma.source.licence).to.equal('CC BY 4.0');
      expect(lemma.authors.length).to.be.greaterThan(0);
      expect(lemma.cluster?.assignment).to.equal('editorial');
      expect(lemma.keyConcepts?.length).to.be.within(4, 10);
      for (const reference of lemma.references ?? []) {
        expect(reference.authors?.length || reference.editors?.length || reference.title, `${id}: reference`).to.be.ok;
      }
      const words = (typeof lemma.summary === 'string' ? lemma.summary : JSON.stringify(lemma.summary)).split(/\s+/);
      expect(words.length).to.be.greaterThan(120);
      const links = [
        ...(lemma.related ?? []).map((related) => related.id),
        ...lemmaRefs(lemma.summary),
        ...(lemma.sections ?? []).flatMap((section) => lemmaRefs(section.text)),
      ];
      for (const link of links) expect(builtinLemmaIds, `${id} links to ${link}`).to.include(link);
    });
  }
});

describe('built-in casebook', () => {
  it('holds the front matter with four parts and an entry for each of the sixteen cases', async () => {
    const result = await validateCasebook(await loadBuiltinCasebook('yin-en-yang-in-het-sociaal-domein'));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const book = result.value;
    expect(book.title).to.equal('Yin en yang in het sociaal domein');
    expect(book.publisher).to.equal('Werkplaats Sociaal Domein Zuid-Holland Zuid');
    expect(book.parts.map((part) => part.name)).to.deep.equal([
      'Bewoners',
      'Sociaal ondernemers',
      'Uitvoeringspraktijk',
      'Bestuur en beleid',
    ]);
    expect(book.cases.map((entry) => entry.number)).to.deep.equal(Array.from({ length: 16 }, (_, i) => i + 1));
    expect(book.cases.map((entry) => entry.id)).to.deep.equal(
      [...builtinCaseIds].sort((a, b) => parseInt(a.slice(6)) - parseInt(b.slice(6))),
    );
  });

  it('has 16 valid cases with 85 questions, 4 to 9 each, in the right parts, case 8 the longest', async () => {
    let questions = 0;
    const words: Record<string, number> = {};
    for (const id of builtinCaseIds) {
      const result = await validateCase(await loadBuiltinCase(id));
      if (!result.ok) throw new Error(`${id}: ${JSON.stringify(result.issues)}`);
      const item = result.value;
      expect(item.questions.length, id).to.be.within(4, 9);
      questions += item.questions.length;
      expect(item.part.number, id).to.equal(Math.ceil(item.number / 4));
      expect(item.sections.length, id).to.be.within(1, 5);
      expect(item.source.publication).to.equal('Yin en yang in het sociaal domein');
      expect(item.source.licence).to.equal('CC BY 4.0');
      for (const reference of item.literature ?? []) expect(reference.title ?? reference.authors, id).to.exist;
      for (const question of item.questions) {
        if (question.task?.url) expect(question.task.url, id).to.match(/^https?:\/\//);
      }
      const links = JSON.stringify(item).match(/"lemma":"([a-z-]+)"/g) ?? [];
      for (const link of links) expect(builtinLemmaIds, `${id}: ${link}`).to.include(link.slice(9, -1));
      words[id] = JSON.stringify(item.sections).split(/\s+/).length;
    }
    expect(questions).to.equal(85);
    expect(Object.entries(words).sort((a, b) => b[1] - a[1])[0][0]).to.equal('casus-8');
  });
});

/** The lemmas a case links in its narrative (introduction and sections), in order of first appearance. */
function caseLemmaRefs(item: Case): string[] {
  const refs = [...lemmaRefs(item.introduction), ...item.sections.flatMap((section) => lemmaRefs(section.text))];
  return [...new Set(refs)];
}

async function loadCases(): Promise<Case[]> {
  return Promise.all(
    builtinCaseIds.map(async (id) => {
      const result = await validateCase(await loadBuiltinCase(id));
      if (!result.ok) throw new Error(`${id}: ${JSON.stringify(result.issues)}`);
      return result.value;
    }),
  );
}

describe('cases and lemmas, a connected whole', () => {
  it('every case links at least two lemmas in its text, and every linked id is a built-in lemma', async () => {
    for (const item of await loadCases()) {
      const refs = caseLemmaRefs(item);
      expect(refs.length, `${item.id} links ${refs.join(', ') || 'no lemma'}`).to.be.at.least(2);
      for (const ref of refs) expect(builtinLemmaIds, `${item.id} links ${ref}`).to.include(ref);
    }
  });

  it('every lemma a case links lists that case in the generated table, and every listed case links the lemma', async () => {
    const cases = await loadCases();
    const expected: Record<string, { id: string; title: string }[]> = Object.fromEntries(
      builtinLemmaIds.map((id) => [id, []]),
    );
    for (const item of [...cases].sort((a, b) => a.number - b.number)) {
      for (const ref of caseLemmaRefs(item)) expected[ref].push({ id: item.id, title: item.title });
    }
    expect(Object.keys(lemmaCases).sort()).to.deep.equal([...builtinLemmaIds].sort());
    for (const id of builtinLemmaIds) expect(lemmaCases[id], id).to.deep.equal(expected[id]);
    expect(lemmaCases['wederkerigheid'].map((item) => item.id)).to.include('casus-6');
  });
});

describe('source locators', () => {
  const named = (what: string, locator: unknown) => {
    expect(locator, `${what} has no source locator`).to.be.a('string');
    expect((locator as string).trim(), `${what} has an empty source locator`).to.not.equal('');
  };

  it('every lemma, case, ladder, the lexicon and the casebook names where in the source it stands', async () => {
    const lexicon = (await loadBuiltinLexicon('nabijheid-en-sociaal-werk')) as { source?: { locator?: unknown } };
    named('the lexicon', lexicon.source?.locator);
    const casebook = (await loadBuiltinCasebook('yin-en-yang-in-het-sociaal-domein')) as {
      source?: { locator?: unknown };
    };
    named('the casebook', casebook.source?.locator);
    for (const id of builtinLemmaIds) {
      const lemma = (await loadBuiltinLemma(id)) as { source?: { locator?: unknown } };
      named(`lemma ${id}`, lemma.source?.locator);
    }
    for (const id of builtinCaseIds) {
      const item = (await loadBuiltinCase(id)) as { number: number; source?: { locator?: unknown } };
      named(`case ${id}`, item.source?.locator);
      expect(item.source?.locator, id).to.match(new RegExp(`^Casus ${item.number}, deel \\d: .+, vanaf p\\. \\d+$`));
    }
    const ladderIds = Object.keys(ladderModules);
    expect(ladderIds.length).to.be.greaterThan(0);
    for (const id of ladderIds) {
      const ladder = (await loadBuiltinLadder(id)) as { source?: { locator?: unknown } };
      named(`ladder ${id}`, ladder.source?.locator);
    }
  });
});
