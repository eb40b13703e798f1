import { expect } from '@open-wc/testing';
import { elementAttributes } from '../src/generated/elements.js';
import { embedQuery, embeddableTags, readEmbedRequest } from '../src/hosts/embed-request.js';
import { itemSlots, itemTitle } from '../src/hosts/items.js';

const base = new URL('https://kennis.example/nabij/embed/');
const read = (query: string) => readEmbedRequest(new URLSearchParams(query), base);

describe('embed requests (?element=…)', () => {
  it('takes the element and the attributes it declares, in order', () => {
    const result = read('element=lemma-card&lemma=wederkerigheid&variant=full&lang=en');
    expect(result).to.deep.equal({
      ok: true,
      request: {
        tag: 'lemma-card',
        attributes: [
          ['lemma', 'wederkerigheid'],
          ['variant', 'full'],
        ],
        lang: 'en',
        ignored: [],
      },
    });
  });

  it('ignores what the element does not declare: handlers, styles, internal state, a second value', () => {
    const result = read('element=lemma-card&lemma=a&onclick=alert(1)&style=x&_query=y&lemma=b&lang=en"x');
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.request.attributes).to.deep.equal([['lemma', 'a']]);
    expect(result.request.lang).to.equal(undefined);
    expect(result.request.ignored.map((note) => note.split(' ')[0])).to.deep.equal([
      'onclick',
      'style',
      '_query',
      'lemma',
      'lang',
    ]);
  });

  it('takes src only on its own origin', () => {
    const own = read('element=lemma-card&src=../eigen/lemma.json');
    const foreign = read('element=lemma-card&src=https://elders.example/lemma.json');
    const script = read('element=lemma-card&src=javascript:alert(1)');
    expect(own.ok && own.request.attributes).to.deep.equal([['src', '../eigen/lemma.json']]);
    expect(foreign.ok && foreign.request.attributes).to.deep.equal([]);
    expect(script.ok && script.request.attributes).to.deep.equal([]);
  });

  it('says what is wrong when the element is missing or unknown', () => {
    expect(read('lemma=x')).to.deep.equal({ ok: false, reason: 'missing-element' });
    expect(read('element=script')).to.deep.equal({ ok: false, reason: 'unknown-element', element: 'script' });
  });

  it('knows every element of the manifest, and writes queries it reads back', () => {
    expect(embeddableTags).to.include.members(['lemma-card', 'ladder-van-verbintenis', 'casus-viewer', 'lemma-index']);
    for (const tag of embeddableTags)
      expect(elementAttributes[tag].every((name) => !name.startsWith('_'))).to.equal(true);
    const query = embedQuery('casus-viewer', { casus: '6', reveal: 'all', mode: '' }, 'en');
    expect(query).to.equal('element=casus-viewer&casus=6&reveal=all&lang=en');
    expect(read(query)).to.deep.include({ ok: true });
  });

  it('lists the built-in items of every element that has them, with their titles', async () => {
    for (const [tag, { attribute, ids }] of Object.entries(itemSlots)) {
      expect(elementAttributes[tag], tag).to.include(attribute);
      expect(ids.length, tag).to.be.greaterThan(0);
    }
    expect(await itemTitle('lemma-card', 'wederkerigheid')).to.equal('Wederkerigheid');
    expect(await itemTitle('lemma-card', 'bestaat-niet')).to.equal(undefined);
  });
});
