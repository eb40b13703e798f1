import { expect } from '@open-wc/testing';
import { builtinLemmaIds, loadBuiltinLemma, loadBuiltinLexicon } from '../src/content/builtin.js';
import { LexiconSchema, type Inline, type Lemma, type RichText } from '../src/content/schema.js';
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

  it('has at least the three foundation lemmas', () => {
    expect(builtinLemmaIds).to.include.members(['sociale-basis', 'wederkerigheid', 'alledaagse-attentheid']);
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
      for (const reference of lemma.references ?? []) expect(reference.authors.length).to.be.greaterThan(0);
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
