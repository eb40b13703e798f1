import { expect } from '@open-wc/testing';
import {
  builtinCaseIds,
  builtinLadderIds,
  builtinLemmaIds,
  builtinModules,
  loadBuiltinCase,
  loadBuiltinCasebook,
  loadBuiltinLadder,
  loadBuiltinLemma,
  loadBuiltinLexicon,
  loadBuiltinGlossary,
  loadBuiltinLexiconSearch,
} from '../src/content/builtin.js';
import { lemmaCases } from '../src/generated/lemma-cases.js';
import { contentTypes, lemmaCasesType } from '../src/content/types/index.js';
import { validateCase } from '../src/content/validators/case.js';
import { validateCasebook } from '../src/content/validators/casebook.js';
import {
  AnswerShapeSchema,
  LexiconSchema,
  type Case,
  type Inline,
  type Ladder,
  type Lemma,
  type LexiconSearch,
  type Glossary,
  type RichText,
  type Casebook,
} from '../src/content/schema.js';
import { casusText, type CasusMessageKey } from '../src/i18n/nl/casus.js';
import { messages as casusMessagesEn } from '../src/i18n/en/casus.js';
import { validateContent } from '../src/content/validate.js';
import * as v from 'valibot';
import { validateLemma } from '../src/content/validators/lemma.js';
import { keywordKey, nearDuplicateKeywords } from '../scripts/build/content/keywords.js';

function lemmaRefs(text: RichText | undefined): string[] {
  if (!text || typeof text === 'string') return [];
  const inlines: Inline[] = text.flatMap((block) => (block.type === 'paragraph' ? block.children : block.items.flat()));
  return inlines.flatMap((inline) => (typeof inline !== 'string' && inline.type === 'lemma-ref' ? [inline.lemma] : []));
}

/** Each content type is described once; what holds for every type is checked here, per descriptor. */
describe('content types', () => {
  it('have distinct names, published schema names, generated tables and item folders', () => {
    const distinct = (values: string[]) => expect(values, values.join(', ')).to.deep.equal([...new Set(values)]);
    distinct(contentTypes.map((type) => type.type));
    distinct(contentTypes.flatMap((type) => (type.jsonSchema ? [type.jsonSchema] : [])));
    distinct(contentTypes.map((type) => (type.builtin.kind === 'modules' ? type.builtin.table : type.builtin.module)));
    distinct(
      contentTypes.flatMap((type) =>
        type.builtin.kind === 'modules' ? [`${type.builtin.dir}/*${type.builtin.suffix ?? ''}`] : [],
      ),
    );
  });

  it('every type with a module per item has a generated table with its built-in items, and nothing else does', () => {
    const perItem = contentTypes.filter((type) => type.builtin.kind === 'modules').map((type) => type.type);
    expect(Object.keys(builtinModules).sort()).to.deep.equal([...perItem].sort());
  });

  for (const type of contentTypes) {
    if (type.builtin.kind !== 'modules') continue;
    it(`${type.type}: every built-in item loads, fits the descriptor's schema and carries its type and id`, async () => {
      const table = builtinModules[type.type];
      const ids = Object.keys(table);
      expect(ids.length, `${type.type} has no built-in items`).to.be.greaterThan(0);
      for (const id of ids) {
        const item = (await table[id]()).default;
        const result = validateContent(type.schema, item);
        if (!result.ok) throw new Error(`${type.type} ${id}: ${JSON.stringify(result.issues)}`);
        const header = item as { type?: unknown; id?: unknown };
        // Search texts are a plain record per lemma; every other item names its type and id.
        if ('type' in header) expect([header.type, header.id]).to.deep.equal([type.type, id]);
      }
    });
  }

  it('every built-in item that names a source says where in it the item stands (a locator), whatever its type', async () => {
    let checked = 0;
    for (const [type, table] of Object.entries(builtinModules)) {
      for (const [id, load] of Object.entries(table)) {
        const item = (await load()).default as { source?: { locator?: unknown } };
        if (!('source' in item)) continue;
        expect(item.source?.locator, `${type} ${id}`).to.be.a('string').that.matches(/\S/);
        checked++;
      }
    }
    expect(checked).to.be.greaterThan(builtinLemmaIds.length + builtinCaseIds.length);
  });

  it("lemma-cases: the inline table's entries fit the descriptor's schema", () => {
    expect(Object.keys(lemmaCases).length).to.be.greaterThan(0);
    for (const [id, cases] of Object.entries(lemmaCases)) {
      const result = validateContent(lemmaCasesType.schema, cases);
      if (!result.ok) throw new Error(`${id}: ${JSON.stringify(result.issues)}`);
    }
  });
});

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

  it('points a glossary term first at the lemma that explains it, and takes its explanation from there', async () => {
    const glossary = (await loadBuiltinGlossary('nabijheid-en-sociaal-werk')) as Glossary;
    const entry = (term: string) => glossary.terms.find((candidate) => candidate.term === term)!;
    const titles = new Map(
      ((await loadBuiltinLexiconSearch('nabijheid-en-sociaal-werk')) as LexiconSearch).lemmas.map((lemma) => [
        lemma.title.toLowerCase(),
        lemma.id,
      ]),
    );
    // A term that is a lemma's title points at that lemma first (Eenzaamheid, Presentie, Maatwerk…).
    const titled = glossary.terms.filter((candidate) => titles.has(candidate.term.toLowerCase()));
    expect(titled.length).to.be.greaterThan(10);
    for (const candidate of titled) {
      expect(candidate.lemmas[0].id, candidate.term).to.equal(titles.get(candidate.term.toLowerCase()));
    }
    // Named in one lemma, explained in another (`explainedIn`): the explaining lemma comes first.
    expect(entry('Kolonisering van de leefwereld').lemmas.map((lemma) => lemma.id)).to.deep.equal([
      'leefwereld-en-systeemwereld',
      'relationeel-sociaal-werken',
    ]);
    expect(entry('Relationeel werken').lemmas[0].id).to.equal('relationeel-sociaal-werken');
    expect(entry('T-shaped professional').lemmas[0].id).to.equal('sociale-teams');
    expect(entry('T-shaped professional').explanation).to.contain('specialis');
    // One person, one entry, under the full name the source prints.
    const terms = glossary.terms.map((candidate) => candidate.term);
    expect(terms).to.include.members(['Jürgen Habermas', 'Michel Foucault', 'Robert Putnam']);
    expect(terms).not.to.include.oneOf(['Habermas', 'Foucault', 'Putnam']);
    expect(entry('Jürgen Habermas').lemmas.map((lemma) => lemma.id)).to.include('relationeel-sociaal-werken');
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
      expect(lemma.cluster?.assignment).to.be.oneOf(['source', 'editorial']);
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

/**
 * The book groups its lemmas in four clusters (Inleiding) and prints them in that order. Three running page
 * headers survive in our text copy: "professioneel" in Relationeel sociaal werken and on the last page of
 * Maatwerk, "institutioneel" in the boundary spanner. Those settle the lemmas from Relationeel sociaal werken
 * to Maatwerk and the boundary spanner (`source`); every other boundary between clusters is our choice
 * (`editorial`), made within the book's order.
 */
const CLUSTERS: [id: string, cluster: string, assignment: 'source' | 'editorial'][] = [
  ['sociale-basis', 'sociale-nabijheid', 'editorial'],
  ['wederkerigheid', 'sociale-nabijheid', 'editorial'],
  ['vertrouwen', 'sociale-nabijheid', 'editorial'],
  ['menselijk-en-sociaal-kapitaal', 'sociale-nabijheid', 'editorial'],
  ['sociale-afstand', 'sociale-nabijheid', 'editorial'],
  ['segregatie', 'sociale-nabijheid', 'editorial'],
  ['eenzaamheid', 'sociale-nabijheid', 'editorial'],
  ['leefbaarheid', 'geografische-nabijheid', 'editorial'],
  ['straatcultuur', 'geografische-nabijheid', 'editorial'],
  ['alledaagse-attentheid', 'geografische-nabijheid', 'editorial'],
  ['publieke-ruimte', 'geografische-nabijheid', 'editorial'],
  ['bewonersinitiatieven', 'geografische-nabijheid', 'editorial'],
  ['samenleven', 'geografische-nabijheid', 'editorial'],
  ['buurteffecten', 'geografische-nabijheid', 'editorial'],
  ['verhuiselijking', 'geografische-nabijheid', 'editorial'],
  ['integraal-werken', 'professionele-nabijheid', 'editorial'],
  ['relationeel-sociaal-werken', 'professionele-nabijheid', 'source'],
  ['achter-de-voordeur', 'professionele-nabijheid', 'source'],
  ['sociale-teams', 'professionele-nabijheid', 'source'],
  ['politiek-actorschap', 'professionele-nabijheid', 'source'],
  ['samenlevingsopbouw', 'professionele-nabijheid', 'source'],
  ['pedagogische-civil-society', 'professionele-nabijheid', 'source'],
  ['maatwerk', 'professionele-nabijheid', 'source'],
  ['sociaal-schaduwwerk', 'professionele-nabijheid', 'editorial'],
  ['ervaringsdeskundigheid', 'professionele-nabijheid', 'editorial'],
  ['praktijkleren', 'professionele-nabijheid', 'editorial'],
  ['presentie', 'professionele-nabijheid', 'editorial'],
  ['leefwereld-en-systeemwereld', 'professionele-nabijheid', 'editorial'],
  ['evidence-based-werken', 'professionele-nabijheid', 'editorial'],
  ['preventie', 'institutionele-nabijheid', 'editorial'],
  ['sociale-technologie', 'institutionele-nabijheid', 'editorial'],
  ['zorg-thuis', 'institutionele-nabijheid', 'editorial'],
  ['werken-aan-institutionele-nabijheid', 'institutionele-nabijheid', 'source'],
];

describe('lexicon clusters', () => {
  it('lists all 33 lemmas in the order of the book', () => {
    expect(CLUSTERS.map(([id]) => id)).to.deep.equal([...builtinLemmaIds]);
  });

  for (const [id, cluster, assignment] of CLUSTERS) {
    it(`${id}: ${cluster} (${assignment})`, async () => {
      const lemma = (await loadBuiltinLemma(id)) as Lemma;
      expect(lemma.cluster?.id).to.equal(cluster);
      expect(lemma.cluster?.assignment).to.equal(assignment);
    });
  }

  it('keeps each cluster one unbroken run, in the order the Inleiding names them', async () => {
    const lexicon = (await loadBuiltinLexicon('nabijheid-en-sociaal-werk')) as { proximityKinds: { id: string }[] };
    const order = lexicon.proximityKinds.map((kind) => kind.id);
    const positions = CLUSTERS.map(([, cluster]) => order.indexOf(cluster));
    expect(positions).to.deep.equal([...positions].sort((a, b) => a - b));
    expect(new Set(positions).size).to.equal(4);
  });

  it('carries the assignment into the index list, so the index can mark editorial ones', async () => {
    const search = (await loadBuiltinLexiconSearch('nabijheid-en-sociaal-werk')) as LexiconSearch;
    for (const [id, cluster, assignment] of CLUSTERS) {
      const entry = search.lemmas.find((lemma) => lemma.id === id);
      expect(entry?.cluster, id).to.deep.equal({ id: cluster, name: entry?.cluster?.name, assignment });
    }
  });
});

describe('lexicon corrections (issue 12)', () => {
  const text = (value: unknown) => JSON.stringify(value);

  it('values each ladder rung as the source does, and marks the one editorial valuation', async () => {
    const ladder = (await loadBuiltinLadder('ladder-van-onderlinge-verbintenissen')) as Ladder;
    expect(ladder.rungs.map((rung) => [rung.id, rung.valuation, rung.valuationBy])).to.deep.equal([
      ['sociale-spanningen', 'afgewezen', 'source'],
      ['anonimiteit', 'neutraal', 'source'],
      ['publieke-familiariteit', 'waardevol', 'source'],
      ['alledaagse-attentheid', 'realistisch-ideaal', 'source'],
      ['onderlinge-zorg', 'waardevol-maar-kwetsbaar', 'editorial'],
      ['verplichte-zorgzaamheid', 'problematisch', 'source'],
    ]);
    const familiarity = ladder.rungs.find((rung) => rung.id === 'publieke-familiariteit')!;
    expect(familiarity.valuationNote).to.match(/veilig en vertrouwd/);
    expect(familiarity.valuationNote).to.match(/onveiligheid/);
    expect(familiarity.concept?.explanation).to.match(/Amerika/);
  });

  it("names Kremer's three roles as the source does: hoeders, sociale verbinders, achterwachten", async () => {
    const ladder = (await loadBuiltinLadder('ladder-van-onderlinge-verbintenissen')) as Ladder;
    expect(ladder.roles?.map((role) => role.id)).to.deep.equal(['hoeders', 'verbinders', 'achterwachten']);
    const lemma = text(await loadBuiltinLemma('alledaagse-attentheid'));
    expect(lemma).to.contain('hoeders van alledaagse attentheid, sociale verbinders en achterwachten');
    expect(lemma).not.to.match(/pleitbezorger|achtervang/);
    expect(lemma).to.match(/Amerikaans begrip dat Talja Blokland in Nederland introduceerde/);
  });

  const cited: [lemma: string, author: string, year: string][] = [
    ['vertrouwen', 'Hardin', '2006'],
    ['vertrouwen', 'Schout et al.', '2010'],
    ['segregatie', 'Putters', '2022'],
    ['segregatie', 'Broeders et al.', '2008'],
    ['straatcultuur', 'Wacquant', '2007'],
    ['straatcultuur', 'Chang', '2005'],
    ['sociale-basis', 'Jansen et al.', '2021'],
  ];
  for (const [id, author, year] of cited) {
    it(`${id} lists ${author} (${year}) among its references`, async () => {
      const lemma = (await loadBuiltinLemma(id)) as Lemma;
      const match = lemma.references?.some(
        (reference) => reference.year === year && reference.authors?.some((name) => name.startsWith(author)),
      );
      expect(match, `${author} ${year}`).to.equal(true);
    });
  }

  it('credits critical trust to Hardin and the four interpretations of the social base to Jansen et al.', async () => {
    const trust = (await loadBuiltinLemma('vertrouwen')) as Lemma;
    const critical = trust.keyConcepts?.find((concept) => concept.term === 'Kritisch vertrouwen');
    expect(critical?.explanation).to.contain('Hardin (2006)');
    const base = text(await loadBuiltinLemma('sociale-basis'));
    expect(base).to.contain('Volgens Jansen et al. (2021) zijn er vier invullingen');
    expect(base).to.contain('Jansen et al. (2021) onderscheiden vier invullingen');
  });

  it('marks the editors of edited volumes in Maatwerk as editors, not authors', async () => {
    const lemma = (await loadBuiltinLemma('maatwerk')) as Lemma;
    const byTitle = (start: string) => lemma.references?.find((reference) => reference.title?.startsWith(start));
    expect(byTitle('Momentum voor de menselijke maat')?.editors).to.deep.equal([
      'Canoy, M.',
      'Van Dijk, S.',
      'Van Ham, M.',
    ]);
    expect(byTitle('Momentum voor de menselijke maat')?.authors).to.equal(undefined);
    expect(byTitle('Het grote doorbraakboek')?.editors).to.deep.equal(['Westerveen, E.', 'Lüschen, M.', 'Kruiter, H.']);
    expect(byTitle('Het grote doorbraakboek')?.authors).to.equal(undefined);
  });

  it('gives Sociale teams its subtitle and spells headings correctly', async () => {
    const teams = (await loadBuiltinLemma('sociale-teams')) as Lemma;
    expect(teams.subtitle).to.equal('Hoe wijk- en buurtgerichte interprofessionele teams nabij inwoners werken');
    const headings = (
      await Promise.all(builtinLemmaIds.map(async (id) => ((await loadBuiltinLemma(id)) as Lemma).sections ?? []))
    )
      .flat()
      .map((section) => section.heading);
    expect(headings).to.include('Is alledaagse attentheid wenselijk? Inzichten uit de stadssociologie');
    expect(headings).to.include('Methodisch en vakkundig te werk gaan');
    expect(headings).to.include('De sociale ambities van het Ottawa-charter van de WHO');
    expect(headings.join('\n')).not.to.match(/stadsociologie|tewerk gaan|Ottowa/);
  });

  it("says the source only guesses how Thomas's father set up the first house", async () => {
    const lemma = text(await loadBuiltinLemma('werken-aan-institutionele-nabijheid'));
    expect(lemma).to.contain('Hoe hij dat precies deed, weten de auteurs niet');
  });

  it('has the NVMW reform into the BPSW, not merge into it', async () => {
    const lexicon = text(await loadBuiltinLexicon('nabijheid-en-sociaal-werk'));
    expect(lexicon).to.contain('veranderde de NVMW in 2015 in een nieuwe beroepsvereniging: de BPSW');
    expect(lexicon).not.to.contain('ging de NVMW op in');
  });
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

  it('writes each keyword in one form, so one chip finds every case of a concept (issue 14)', async () => {
    const book = (await loadBuiltinCasebook('yin-en-yang-in-het-sociaal-domein')) as Casebook;
    const keywords = book.cases.flatMap((entry) => entry.keywords);
    expect(nearDuplicateKeywords(keywords), 'spellings of one keyword').to.deep.equal([]);
    for (const id of builtinCaseIds) {
      expect(((await loadBuiltinCase(id)) as Case).keywords, id).to.deep.equal(
        book.cases.find((entry) => entry.id === id)!.keywords,
      );
    }
  });

  describe('the near-duplicate keyword rule the build applies', () => {
    const same = (a: string, b: string) => expect(keywordKey(a), `${a} / ${b}`).to.equal(keywordKey(b));
    const apart = (a: string, b: string) => expect(keywordKey(a), `${a} / ${b}`).not.to.equal(keywordKey(b));

    it('joins case, singular and plural, -ig and -igers, hyphens and spaces, diacritics and diminutives', () => {
      same('Bewoner', 'bewoners');
      same('vrijwillig', 'Vrijwilligers');
      same('vrijwilliger', 'vrijwillige');
      same('Sociaal ondernemer', 'sociaal ondernemers');
      same('Gemeente', 'gemeenten');
      same('Wijkteam', 'wijkteam');
      same('co-creatie', 'co creatie');
      same('cocreatie', 'co-creatie');
      same('cliënten', 'client');
      same('buurthuisje', 'buurthuis');
      same('schuld', 'schulden');
    });

    it('keeps distinct concepts apart: compounds, roles and the elderly against parents', () => {
      apart('verbinding', 'verbondenheid');
      apart('beleid', 'beleidsontwikkeling');
      apart('vrijwilligers', 'vrijwilligerswerk');
      apart('wijkteam', 'wijkteamleiders');
      apart('Wmo', 'Wmo-consulent');
      apart('ondernemer', 'sociaal ondernemers');
      apart('sociale onderneming', 'sociaal ondernemers');
      same('ouder', 'ouders');
      apart('ouders', 'ouderen');
    });

    it('reports every group of spellings that share a form, and nothing for distinct keywords', () => {
      expect(
        nearDuplicateKeywords(['Bewoners', 'wijkteam', 'bewoner', 'Wijkteam', 'beleid', 'bewoners']),
      ).to.deep.equal([
        ['Bewoners', 'bewoner', 'bewoners'],
        ['wijkteam', 'Wijkteam'],
      ]);
      expect(nearDuplicateKeywords(['bewoners', 'bewoners', 'beleid', 'beleidsontwikkeling'])).to.deep.equal([]);
    });
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

/** The lemmas a question's text links. */
function questionLemmaRefs(question: Case['questions'][number]): string[] {
  return typeof question.text === 'string' ? [] : lemmaRefs([{ type: 'paragraph', children: question.text }]);
}

/** The lemmas a case links in its narrative (introduction and sections) and questions, in order of first appearance. */
function caseLemmaRefs(item: Case): string[] {
  const refs = [
    ...lemmaRefs(item.introduction),
    ...item.sections.flatMap((section) => lemmaRefs(section.text)),
    ...item.questions.flatMap(questionLemmaRefs),
  ];
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

  it('the questions of 14 cases link a concept they name to its lemma (case 6: leefwereld en systeemwereld)', async () => {
    const cases = await loadCases();
    const withLinks = cases.filter((item) => item.questions.some((question) => questionLemmaRefs(question).length));
    // Cases 4 and 10 ask about no concept a lemma of the lexicon explains, so their questions stay unlinked.
    expect(withLinks.map((item) => item.number)).to.deep.equal([1, 2, 3, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16]);
    const sixFour = cases.find((item) => item.number === 6)!.questions[3].text;
    expect(sixFour).to.deep.include({
      type: 'lemma-ref',
      lemma: 'leefwereld-en-systeemwereld',
      text: 'leefwereld en systeemwereld',
    });
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
    expect(builtinLadderIds.length).to.be.greaterThan(0);
    for (const id of builtinLadderIds) {
      const ladder = (await loadBuiltinLadder(id)) as { source?: { locator?: unknown } };
      named(`ladder ${id}`, ladder.source?.locator);
    }
  });
});
