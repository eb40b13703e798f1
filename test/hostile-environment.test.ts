/**
 * Hostile environment, for every element in test/elements.ts that loads content: a publisher's server that
 * answers 404, 500, HTML, nothing at all, or slowly; an element removed while it loads; and a localStorage
 * that is blocked (a sandboxed LMS iframe) or full. The element must end in its content or a clear error,
 * never hang, throw or leave the page broken.
 */
import { aTimeout, expect, oneEvent } from '@open-wc/testing';
import { elements } from './elements.js';
import { settled, shadow, until, visibleText } from './helpers.js';

type LoadingElement = HTMLElement & { src: string; timeout: number; updateComplete: Promise<boolean> };

const uncaught: string[] = [];
window.addEventListener('error', (event) => uncaught.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => uncaught.push(String(event.reason)));

/**
 * Puts the item on the test server, so `/__test__/gate/<key>` serves it once the test calls {@link openGate}.
 */
async function serve(key: string, item: unknown): Promise<void> {
  const response = await fetch(`/__test__/store/${key}`, { method: 'POST', body: JSON.stringify(item) });
  expect(response.status).to.equal(204);
}

/** Lets the requests held at `/__test__/gate/<key>` through. */
async function openGate(key: string): Promise<void> {
  const response = await fetch(`/__test__/open/${key}`, { method: 'POST' });
  expect(response.status).to.equal(204);
}

/** How long an element waits for the test server where the test expects an answer (mocha allows 60 s). */
const SERVER_PATIENCE_MS = 45_000;

/** A server key of its own per test and browser: Chromium and Firefox share the test server. */
const uniqueKey = (tag: string) => `${tag.replaceAll('-', '_')}_${Math.random().toString(36).slice(2, 10)}`;

function create(tag: string, properties: Partial<LoadingElement>): LoadingElement {
  const el = document.createElement(tag) as LoadingElement;
  Object.assign(el, properties);
  return el;
}

const alertText = (el: Element) => visibleText(shadow(el).querySelector('[role="alert"]'));

describe('hostile environment', function () {
  this.timeout(60000);
  beforeEach(() => {
    uncaught.length = 0;
  });
  afterEach(() => {
    expect(uncaught, 'uncaught errors').to.deep.equal([]);
  });

  for (const { tag, sample, titlePart } of elements) {
    if (!sample || !titlePart) continue;

    describe(`<${tag}> loading from src`, () => {
      for (const [name, url, code, text] of [
        ['a 404', '/test/fixtures/does-not-exist.json', 'fetch-failed', '404'],
        ['a 500', '/__test__/status-500', 'fetch-failed', '500'],
        ['HTML instead of JSON', '/__test__/html', 'invalid-json', 'De JSON kan niet worden gelezen'],
      ] as const) {
        it(`shows an error for ${name}, with the address, and fires nabij-error`, async () => {
          // The server answers at once; a time-out far beyond the element's 10 s default keeps a busy machine (a
          // full CI run, load 14 on two cores) from turning a slow 404 into a 'timeout' error.
          const el = create(tag, { src: url, timeout: SERVER_PATIENCE_MS });
          const failed = oneEvent(el, 'nabij-error');
          document.body.append(el);
          expect((await failed).detail.code).to.equal(code);
          await el.updateComplete;
          expect(alertText(el)).to.contain(text);
          expect(el.hasAttribute('aria-busy')).to.equal(false);
          el.remove();
        });
      }

      it('gives up on a server that never answers, after its time-out', async () => {
        const el = create(tag, { src: '/__test__/stall', timeout: 300 });
        const failed = oneEvent(el, 'nabij-error');
        document.body.append(el);
        expect((await failed).detail.code).to.equal('timeout');
        await el.updateComplete;
        expect(alertText(el)).to.contain('0.3 seconden');
        expect(el.hasAttribute('aria-busy')).to.equal(false);
        el.remove();
      });

      it('waits for a slow server: says it is loading, then shows the content', async () => {
        const key = uniqueKey(tag);
        await serve(key, await sample());
        // The server holds the answer until the test lets it go: no clock decides what "still loading" is.
        const el = create(tag, { src: `/__test__/gate/${key}`, timeout: 30000 });
        const loaded = oneEvent(el, 'nabij-load');
        document.body.append(el);
        await el.updateComplete;
        await until(() => shadow(el).querySelector('[role="status"]'), 'no loading message');
        expect(el.getAttribute('aria-busy')).to.equal('true');
        expect(visibleText(shadow(el).querySelector('[role="status"]'))).to.equal('Bezig met laden…');
        // It keeps a screen's height free meanwhile, so the page below does not jump when the content arrives.
        expect(el.getBoundingClientRect().height).to.be.at.least(window.innerHeight - 1);
        await openGate(key);
        await loaded;
        await settled(el);
        expect(el.hasAttribute('aria-busy')).to.equal(false);
        expect(visibleText(shadow(el).querySelector(`[part="${titlePart}"]`))).not.to.equal('');
        expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
        el.remove();
      });

      it('stops loading quietly when removed mid-load, and loads again when put back', async () => {
        const key = uniqueKey(tag);
        await serve(key, await sample());
        // A gate that stays shut while the element is on the page: the request is in flight when it leaves.
        const el = create(tag, { src: `/__test__/gate/${uniqueKey(tag)}`, timeout: 400 });
        let errors = 0;
        el.addEventListener('nabij-error', () => errors++);
        document.body.append(el);
        await el.updateComplete;
        el.remove();
        await aTimeout(600);
        expect(errors, 'an error after removal').to.equal(0);
        await openGate(key);
        // The short time-out served the check above; the second load must not race a clock on a busy machine
        // (with 400 ms a slow answer ended in nabij-error, and the test waited for a load that never came).
        el.setAttribute('timeout', String(SERVER_PATIENCE_MS));
        el.src = `/__test__/gate/${key}`;
        const outcome = Promise.race([
          oneEvent(el, 'nabij-load').then(() => 'loaded'),
          oneEvent(el, 'nabij-error').then((event) => `nabij-error ${JSON.stringify(event.detail)}`),
        ]);
        document.body.append(el);
        expect(await outcome, 'put back, the element loads').to.equal('loaded');
        await settled(el);
        expect(visibleText(shadow(el).querySelector(`[part="${titlePart}"]`))).not.to.equal('');
        el.remove();
      });
    });
  }

  for (const { tag, attributes, persist, change, titlePart } of elements) {
    if (!persist || !change) continue;

    describe(`<${tag}> with storage that refuses`, () => {
      it('works on when localStorage is blocked (reading it throws, as in a sandboxed iframe)', async () => {
        const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
        Object.defineProperty(window, 'localStorage', {
          configurable: true,
          get() {
            throw new DOMException('The document is sandboxed', 'SecurityError');
          },
        });
        try {
          expect(() => window.localStorage, 'storage is blocked for this test').to.throw();
          const el = document.createElement(tag) as LoadingElement;
          for (const [name, value] of Object.entries({ ...attributes, ...persist })) el.setAttribute(name, value);
          document.body.append(el);
          await settled(el);
          await change(el);
          await el.updateComplete;
          await aTimeout(50);
          expect(visibleText(shadow(el).querySelector(`[part="${titlePart}"]`))).not.to.equal('');
          el.remove();
        } finally {
          if (own) Object.defineProperty(window, 'localStorage', own);
          else delete (window as { localStorage?: Storage }).localStorage;
        }
        expect(() => window.localStorage.length).not.to.throw();
      });

      it('works on and tells the user when localStorage is full', async () => {
        const original = Storage.prototype.setItem;
        Storage.prototype.setItem = () => {
          throw new DOMException('full', 'QuotaExceededError');
        };
        try {
          const el = document.createElement(tag) as LoadingElement;
          for (const [name, value] of Object.entries({ ...attributes, ...persist })) el.setAttribute(name, value);
          document.body.append(el);
          await settled(el);
          await change(el);
          await until(() => shadow(el).querySelector('[role="alert"]'), 'no message about the full storage');
          expect(alertText(el)).to.match(/opgeslagen|bewaard|opslaan|bewaren/i);
          el.remove();
        } finally {
          Storage.prototype.setItem = original;
        }
      });
    });
  }
});
