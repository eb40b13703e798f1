/**
 * The iframe embed as a host page meets it: the built dist/ is served from a second origin (see
 * web-test-runner.config.mjs), so the embed page runs in a cross-origin iframe inside a host page. Each host is
 * a page of its own (an iframe on the runner's origin), so a host with our resizer and a host that speaks H5P
 * never share a listener. A same-origin copy of the embed page (the runner serves dist/ too) shows what the
 * element rendered and how tall the page is; the cross-origin and sandboxed frames must be sized to that height.
 */
import { expect } from '@open-wc/testing';
import { embedQuery, embeddableTags } from '../src/hosts/embed-request.js';
import { frameHeight, frameHeights, frameTitle, iframeSnippet, scriptSnippet } from '../src/hosts/embed-snippet.js';
import { itemSlots } from '../src/hosts/items.js';
import { until } from './helpers.js';

interface Host {
  window: Window;
  document: Document;
}

let secondOrigin = '';
const hostFrames: HTMLIFrameElement[] = [];

before(async () => {
  secondOrigin = ((await (await fetch('/__test__/second-origin')).json()) as { origin: string }).origin;
  expect(new URL(secondOrigin).origin).not.to.equal(location.origin);
});

afterEach(() => {
  for (const frame of hostFrames.splice(0)) frame.remove();
});

/** The query for an element showing its first built-in item (or its default content). */
function queryFor(tag: string, extra: Record<string, string> = {}): string {
  const slot = itemSlots[tag];
  return embedQuery(tag, { ...(slot ? { [slot.attribute]: slot.ids[0] } : {}), ...extra });
}

function loaded(frame: HTMLIFrameElement | HTMLScriptElement): Promise<void> {
  return new Promise((resolve, reject) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.addEventListener('error', () => reject(new Error(`could not load ${frame.src}`)), { once: true });
  });
}

async function openHost(): Promise<Host> {
  const frame = document.createElement('iframe');
  // At the top of the view: Chromium does not render out-of-view cross-origin frames (see embed-host.html).
  frame.style.cssText = 'position: fixed; top: 0; left: 0; width: 800px; height: 600px; border: 0';
  frame.src = '/test/fixtures/embed-host.html';
  const ready = loaded(frame);
  document.body.append(frame);
  hostFrames.push(frame);
  await ready;
  return { window: frame.contentWindow!, document: frame.contentDocument! };
}

/** Runs a script in the host page: messages it posts come from the host window, not the test's. */
async function addScript(host: Host, src: string): Promise<void> {
  const script = host.document.createElement('script');
  script.src = src;
  const ready = loaded(script);
  host.document.head.append(script);
  await ready;
}

const addResizer = (host: Host) => addScript(host, `${secondOrigin}/embed/resizer.js`);
/** Our own host side of H5P's resizer protocol (see the file). */
const speakH5P = (host: Host) => addScript(host, '/test/fixtures/h5p-host.js');

function addFrame(host: Host, src: string, attributes: Record<string, string> = {}): HTMLIFrameElement {
  const frame = host.document.createElement('iframe');
  for (const [name, value] of Object.entries(attributes)) frame.setAttribute(name, value);
  frame.src = src;
  host.document.body.append(frame);
  return frame;
}

/**
 * The embed page on the runner's origin, readable by the test: waits until the element has rendered (not its
 * loading state, not an error) and returns a function that measures the page's height as the page reports it.
 */
async function addReference(host: Host, tag: string): Promise<() => string> {
  const frame = addFrame(host, `/dist/embed/index.html?${queryFor(tag)}`);
  await until(() => {
    const element = frame.contentDocument?.querySelector(tag);
    const root = element?.shadowRoot;
    return root?.firstElementChild && !root.querySelector('[part="status"], [role="alert"]');
  }, `<${tag}> did not render in the embed page`);
  expect(frame.contentDocument!.querySelector('.nabij-embed-problem')).to.equal(null);
  return () => `${Math.ceil(frame.contentDocument!.documentElement.getBoundingClientRect().height)}px`;
}

/** Resolves with the first message the host receives that `matches`, from `source` when given. */
function nextMessage(
  host: Host,
  matches: (event: MessageEvent) => boolean,
  source?: () => Window | null,
): Promise<MessageEvent> {
  return new Promise((resolve) => {
    const listener = (event: MessageEvent) => {
      if ((!source || event.source === source()) && matches(event)) {
        host.window.removeEventListener('message', listener);
        resolve(event);
      }
    };
    host.window.addEventListener('message', listener);
  });
}

const isResize = (event: MessageEvent) => (event.data as { type?: string } | null)?.type === 'nabij:resize';

describe('iframe embed (dist/embed/, served from a second origin)', () => {
  for (const tag of embeddableTags) {
    it(`<${tag}>: renders in a cross-origin and in a sandboxed iframe, and the resizer sizes both to the content`, async () => {
      const host = await openHost();
      await addResizer(host);
      const crossOrigin = addFrame(host, `${secondOrigin}/embed/?${queryFor(tag)}`);
      const sandboxed = addFrame(host, `${secondOrigin}/embed/?${queryFor(tag)}`, { sandbox: 'allow-scripts' });
      const height = await addReference(host, tag);
      await until(() => crossOrigin.style.height === height(), 'the cross-origin frame was not sized to its content');
      await until(() => sandboxed.style.height === height(), 'the sandboxed frame was not sized to its content');
    });

    it(`<${tag}>: a host page that speaks H5P's resizer protocol sizes the iframe`, async () => {
      const host = await openHost();
      await speakH5P(host);
      const frame = addFrame(host, `${secondOrigin}/embed/?${queryFor(tag)}`);
      const height = await addReference(host, tag);
      await until(() => frame.style.height === height(), 'the H5P host did not size the frame to its content');
    });
  }

  it('reports to the parent origin with the frame id, and in Canvas’s lti.frameResize', async () => {
    const host = await openHost();
    const query = queryFor('lemma-card', { 'parent-origin': location.origin, 'frame-id': 'kaart-1' });
    // Listening right after adding the frame (no await between) cannot miss its first reports.
    const frame = addFrame(host, `${secondOrigin}/embed/?${query}`);
    const resize = nextMessage(host, isResize, () => frame.contentWindow);
    const canvas = nextMessage(
      host,
      (event) => typeof event.data === 'string' && event.data.includes('lti.frameResize'),
      () => frame.contentWindow,
    );
    const { data, origin } = await resize;
    expect(origin).to.equal(secondOrigin);
    expect(data.frame).to.equal('kaart-1');
    expect(data.height).to.be.a('number').greaterThan(0);
    const lti = JSON.parse((await canvas).data as string) as { subject: string; height: number };
    expect(lti).to.have.keys(['subject', 'height']);
    expect(lti.subject).to.equal('lti.frameResize');
    expect(lti.height).to.be.a('number').greaterThan(0);
  });

  it('the resizer ignores a report from an origin other than the iframe’s', async () => {
    const host = await openHost();
    await addResizer(host);
    // The src attribute names the runner's origin; the frame is then navigated to the second origin without
    // changing it, so its reports come from an origin the src does not name.
    const moved = addFrame(host, '/test/fixtures/embed-host.html', { 'data-nabij-embed': '' });
    await loaded(moved);
    const report = nextMessage(host, isResize, () => moved.contentWindow);
    moved.contentWindow!.location.href = `${secondOrigin}/embed/?${queryFor('lemma-card')}`;
    // A frame that is what it says is sized on the same page: the resizer is working.
    const genuine = addFrame(host, `${secondOrigin}/embed/?${queryFor('lemma-card')}`);
    const height = await addReference(host, 'lemma-card');
    await until(() => genuine.style.height === height(), 'the genuine Nabij frame was not sized');
    const { origin, data } = await report;
    expect(origin).to.equal(secondOrigin);
    expect(data.height).to.be.greaterThan(0);
    // The resizer's listener was added before this test's, so it has handled the report by now.
    expect(moved.style.height).to.equal('');
  });

  it('the resizer takes origin "null" only from a frame sandboxed without allow-same-origin', async () => {
    const host = await openHost();
    await addResizer(host);
    // A data: document has an opaque origin without any sandbox attribute; its src's origin is 'null' as well.
    const report = "<script>parent.postMessage({ type: 'nabij:resize', height: 321, frame: null }, '*')</script>";
    const opaque = host.document.createElement('iframe');
    opaque.setAttribute('data-nabij-embed', '');
    const received = nextMessage(host, isResize, () => opaque.contentWindow);
    opaque.src = `data:text/html,${encodeURIComponent(report)}`;
    host.document.body.append(opaque);
    const { origin } = await received;
    expect(origin).to.equal('null');
    expect(opaque.style.height).to.equal('');
  });

  it('the resizer ignores reports from a window that is not a Nabij iframe', async () => {
    const host = await openHost();
    await addResizer(host);
    const genuine = addFrame(host, `${secondOrigin}/embed/?${queryFor('lemma-card')}`);
    const height = await addReference(host, 'lemma-card');
    await until(() => genuine.style.height === height(), 'the genuine Nabij frame was not sized');
    const foreign = addFrame(host, '/test/fixtures/embed-host.html');
    await loaded(foreign);
    const fromForeign = nextMessage(host, isResize, () => foreign.contentWindow);
    const fromHost = nextMessage(host, isResize, () => host.window);
    // A script in the foreign frame posts what a Nabij frame posts, and one in the host page posts it to itself.
    for (const [page, target, height] of [
      [foreign.contentDocument!, 'parent', 999],
      [host.document, 'window', 998],
    ] as const) {
      const script = page.createElement('script');
      script.textContent = `${target}.postMessage({ type: 'nabij:resize', height: ${height}, frame: null }, '*');`;
      page.body.append(script);
    }
    await Promise.all([fromForeign, fromHost]);
    expect(height()).not.to.be.oneOf(['999px', '998px']);
    expect(genuine.style.height).to.equal(height());
    expect(foreign.style.height).to.equal('');
  });

  it('a case in the embed page (single file, no glossary inside) explains its lemma links, and says so for a term', async () => {
    const host = await openHost();
    const frame = addFrame(host, '/dist/embed/index.html?element=casus-viewer&casus=casus-6');
    const viewer = () => frame.contentDocument?.querySelector('casus-viewer');
    const linked = () => viewer()?.shadowRoot?.querySelector('lemma-term[lemma="bewonersinitiatieven"]');
    await until(
      () => linked()?.shadowRoot?.querySelector('.popover strong'),
      'the lemma link in case 6 explained nothing',
    );
    expect(linked()!.shadowRoot!.querySelector('.popover strong')!.textContent).to.equal('Bewonersinitiatieven');

    // The single file leaves the glossary out (only lemma-term's own single file holds it): a term lookup says
    // plainly that it found nothing, it does not hang or break the case.
    const term = frame.contentDocument!.createElement('lemma-term');
    term.setAttribute('term', 'Kolonisering van de leefwereld');
    term.textContent = 'kolonisering';
    frame.contentDocument!.body.append(term);
    await until(() => term.shadowRoot?.querySelector('.popover p')?.textContent?.includes('Geen uitleg gevonden'));
    expect(viewer()!.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('renders only the attributes the element declares, in the language the URL asks for', async () => {
    const host = await openHost();
    const frame = addFrame(
      host,
      '/dist/embed/index.html?element=lemma-card&lemma=wederkerigheid&variant=full&onclick=alert(1)&style=color:red&lang=en',
    );
    await until(() => frame.contentDocument?.querySelector('lemma-card')?.shadowRoot?.firstElementChild);
    const card = frame.contentDocument!.querySelector('lemma-card')!;
    expect(card.getAttributeNames()).to.have.members(['lemma', 'variant']);
    expect(card.getAttribute('lemma')).to.equal('wederkerigheid');
    expect(frame.contentDocument!.documentElement.lang).to.equal('en');
    expect(frame.contentDocument!.querySelectorAll('main > *')).to.have.length(1);
  });

  for (const [query, lang, expected] of [
    ['element=script', 'nl', 'Nabij kent geen onderdeel met de naam “script”'],
    ['element=script&lang=en', 'en', 'Nabij has no element called “script”'],
    ['lemma=wederkerigheid', 'nl', 'de parameter element ontbreekt'],
    ['lemma=wederkerigheid&lang=en', 'en', 'the element parameter is missing'],
    ['element=Uw%20sessie%20is%20verlopen:%20bel%20ons!', 'nl', 'met de naam “uwsessieisverlopenbelons”'],
  ]) {
    it(`says what is wrong instead of showing nothing: ?${query}`, async () => {
      const host = await openHost();
      const frame = addFrame(host, `/dist/embed/index.html?${query}`);
      await until(() => frame.contentDocument?.querySelector('.nabij-embed-problem'));
      const problem = frame.contentDocument!.querySelector('.nabij-embed-problem')!;
      expect(problem.getAttribute('role')).to.equal('alert');
      expect(problem.textContent).to.include(expected);
      expect(frame.contentDocument!.documentElement.lang).to.equal(lang);
    });
  }
});

describe('embed snippets (builder and oEmbed)', () => {
  const base = 'https://kennis.example/nabij';

  it('writes an iframe with an escaped address, a title naming the item, a height hint and the resizer', () => {
    const code = iframeSnippet({
      baseURL: base,
      tag: 'lemma-card',
      attributes: { lemma: 'wederkerigheid', variant: 'full' },
      itemTitle: 'Geven & "nemen"',
    });
    const [iframe, script] = code.split('\n');
    expect(iframe).to.include(
      'src="https://kennis.example/nabij/embed/?element=lemma-card&amp;lemma=wederkerigheid&amp;variant=full"',
    );
    expect(iframe).to.include('title="Lemma: Geven &amp; &quot;nemen&quot; (Nabij)"');
    expect(iframe).to.include(`height="${frameHeight('lemma-card')}"`);
    expect(iframe).to.include(' data-nabij-embed>');
    expect(script).to.equal('<script src="https://kennis.example/nabij/embed/resizer.js" async></script>');
    // The address a browser reads from the attribute is the one the embed page understands.
    const parsed = new DOMParser().parseFromString(code, 'text/html').querySelector('iframe')!;
    expect(new URL(parsed.src).searchParams.get('variant')).to.equal('full');
    expect(parsed.title).to.equal('Lemma: Geven & "nemen" (Nabij)');
  });

  it('names the frame in English with lang=en, and writes the script-tag alternative', () => {
    expect(frameTitle({ baseURL: base, tag: 'casus-viewer', itemTitle: 'Buren', lang: 'en' })).to.equal(
      'Case: Buren (Nabij)',
    );
    expect(scriptSnippet({ baseURL: `${base}/`, tag: 'casus-viewer', attributes: { casus: 'casus-1', mode: '' } })).to
      .equal(`<script type="module" src="https://kennis.example/nabij/cdn/nabij.js"></script>
<casus-viewer casus="casus-1"></casus-viewer>`);
  });

  it('has a height hint for every element', () => {
    for (const tag of embeddableTags) expect(frameHeights, tag).to.have.property(tag);
  });
});
