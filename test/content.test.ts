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
} from '../src/content/builtin.js';
import { validateCase } from '../src/content/validators/case.js';
import { validateCasebook } from '../src/content/validators/casebook.js';
import {
  AnswerShapeSchema,
  LexiconSchema,
  type Inline,
  type Lemma,
  type LexiconSearch,
  type Glossary,
  type RichText,
  type Case,
  type Casebook,
} from '../src/content/schema.js';
import { casusText, type CasusMessageKey } from '../src/elements/casus-viewer/casus.messages.js';
import { en as casusMessagesEn } from '../src/elements/casus-viewer/casus.messages.en.js';
import { validateContent } from '../src/content/validate.js';
import * as v from 'valibot';
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

  it('case 1: the house is tidied and cleaned before the visit, not renovated (seed 004, l. 688-694)', async () => {
    const item = (await loadBuiltinCase('casus-1')) as Case;
    expect(item.description).to.contain('opruimen en schoonmaken');
    expect(item.description).not.to.match(/opknap|renov|verbouw/i);
    const book = (await loadBuiltinCasebook('yin-en-yang-in-het-sociaal-domein')) as Casebook;
    expect(book.cases[0].description).to.equal(item.description);
  });

  it('uses one apostrophe style, the straight one, in the casebook and its UI strings', async () => {
    const texts = [
      JSON.stringify(await loadBuiltinCasebook('yin-en-yang-in-het-sociaal-domein')),
      ...(await Promise.all(builtinCaseIds.map(async (id) => JSON.stringify(await loadBuiltinCase(id))))),
      JSON.stringify(casusMessagesEn),
      ...Object.keys(casusMessagesEn).map((key) =>
        casusText({ requestUpdate() {} }, 'nl', key as CasusMessageKey, { n: 1, max: 2, count: 3 }),
      ),
    ];
    for (const text of texts) expect(text).not.to.match(/[\u2018\u2019\u201A\u201B\u2032]/);
    expect(texts.join(' ')).to.contain("Zo'n");
  });

  describe('answer fields shaped as the source asks (seed 004)', () => {
    const question = async (id: string, n: number) => ((await loadBuiltinCase(id)) as Case).questions[n - 1];

    it('case 3 question 1 asks "to what extent" (l. 1059-1061): a scale with named ends, not right or wrong', async () => {
      const q = await question('casus-3', 1);
      expect(q.answer).to.deep.equal({ kind: 'scale', steps: 5, labels: ['helemaal onjuist', 'helemaal juist'] });
      expect(q.text).not.to.match(/goed of fout/);
    });

    it('case 5 question 3 asks for opportunities and threats (l. 1345-1347), and its fields say so', async () => {
      const q = await question('casus-5', 3);
      expect(q.text).to.contain('twee kansen en twee bedreigingen');
      expect(q.answer).to.deep.include({ kind: 'pros-cons', pros: 2, cons: 2, labels: ['Kansen', 'Bedreigingen'] });
    });

    it('case 7 question 4 asks for one reason for and one against (l. 1628-1632), and its fields say so', async () => {
      const q = await question('casus-7', 4);
      expect(q.answer).to.deep.equal({
        kind: 'pros-cons',
        pros: 1,
        cons: 1,
        labels: ['Reden vóór formaliseren', 'Reden tegen formaliseren'],
      });
    });

    it('case 7 question 1 wants exactly two sentences (l. 1598-1600), not at most two', async () => {
      const q = await question('casus-7', 1);
      expect(q.answer).to.deep.equal({ kind: 'short', exactSentences: 2 });
      expect(q.text).to.contain('in precies twee zinnen');
    });

    it('no other pair question is labelled: the rest ask for advantages and disadvantages', async () => {
      for (const id of builtinCaseIds) {
        for (const q of ((await loadBuiltinCase(id)) as Case).questions) {
          if (q.answer?.kind !== 'pros-cons' || q.answer.labels) continue;
          expect(q.text, `${id} ${q.id}`).to.match(/voordelen/);
        }
      }
    });

    it('the schema refuses a scale without named ends and a pair with one label', () => {
      const check = (answer: unknown) => v.safeParse(AnswerShapeSchema, answer).success;
      expect(check({ kind: 'scale', steps: 5, labels: ['laag', 'hoog'] })).to.equal(true);
      expect(check({ kind: 'scale', steps: 5 })).to.equal(false);
      expect(check({ kind: 'scale', steps: 1, labels: ['laag', 'hoog'] })).to.equal(false);
      expect(check({ kind: 'pros-cons', pros: 1, cons: 1, labels: ['Kansen'] })).to.equal(false);
      expect(check({ kind: 'short', exactSentences: 2 })).to.equal(true);
    });
  });
});
