import { expect } from '@open-wc/testing';
import { elements } from './elements.js';

/**
 * Counts what an element could leave behind when it leaves the page: listeners on window and document,
 * observing MutationObservers and pending timers. Patched once for this file (its own page).
 */
const live = { listeners: 0, observers: 0, timers: new Set<unknown>() };

for (const target of [window, document]) {
  const add = target.addEventListener.bind(target);
  const remove = target.removeEventListener.bind(target);
  const registered = new Set<unknown>();
  target.addEventListener = ((type: string, listener: EventListenerOrEventListenerObject, options?: unknown) => {
    const key = `${type}|${String(options && typeof options === 'object' && 'capture' in options ? options.capture : options)}`;
    const id = [key, listener];
    if (![...registered].some((entry) => (entry as unknown[])[0] === key && (entry as unknown[])[1] === listener)) {
      registered.add(id);
      live.listeners++;
    }
    add(type, listener, options as AddEventListenerOptions);
  }) as typeof target.addEventListener;
  target.removeEventListener = ((type: string, listener: EventListenerOrEventListenerObject, options?: unknown) => {
    const key = `${type}|${String(options && typeof options === 'object' && 'capture' in options ? options.capture : options)}`;
    for (const entry of registered) {
      if ((entry as unknown[])[0] === key && (entry as unknown[])[1] === listener) {
        registered.delete(entry);
        live.listeners--;
      }
    }
    remove(type, listener, options as EventListenerOptions);
  }) as typeof target.removeEventListener;
}

const NativeObserver = window.MutationObserver;
window.MutationObserver = class extends NativeObserver {
  #observing = false;
  override observe(target: Node, options?: MutationObserverInit): void {
    if (!this.#observing) live.observers++;
    this.#observing = true;
    super.observe(target, options);
  }
  override disconnect(): void {
    if (this.#observing) live.observers--;
    this.#observing = false;
    super.disconnect();
  }
};

const nativeSetTimeout = window.setTimeout.bind(window);
const nativeClearTimeout = window.clearTimeout.bind(window);
window.setTimeout = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
  const id = nativeSetTimeout(
    (...inner: unknown[]) => {
      live.timers.delete(id);
      if (typeof handler === 'function') handler(...inner);
    },
    timeout,
    ...args,
  );
  live.timers.add(id);
  return id;
}) as typeof window.setTimeout;
window.clearTimeout = ((id?: number) => {
  live.timers.delete(id);
  nativeClearTimeout(id);
}) as typeof window.clearTimeout;

const snapshot = () => ({ listeners: live.listeners, observers: live.observers, timers: live.timers.size });

type Settling = HTMLElement & { updateComplete: Promise<boolean> };

/**
 * One create → attach → loaded → detach cycle. Elements that take a content item (they have a `sample` in
 * test/elements.ts) report it with `nabij-load` or `nabij-error`; the others are done when they have rendered.
 */
async function cycle(tag: string, attributes: Record<string, string>, takesContent: boolean): Promise<void> {
  const element = document.createElement(tag) as Settling;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const loaded = new Promise<void>((resolve) => {
    element.addEventListener('nabij-load', () => resolve(), { once: true });
    element.addEventListener('nabij-error', () => resolve(), { once: true });
  });
  document.body.append(element);
  if (takesContent) await loaded;
  await element.updateComplete;
  element.remove();
}

const CYCLES = 1000;

describe(`memory: ${CYCLES} create/attach/detach cycles leave nothing behind`, function () {
  this.timeout(180000);
  for (const { tag, attributes, sample } of elements) {
    const takesContent = Boolean(sample);
    it(`<${tag}>: no listeners, observers or timers grow`, async () => {
      await cycle(tag, attributes, takesContent); // warm up: lazy chunks and shared observers exist from here on
      await new Promise((resolve) => nativeSetTimeout(resolve, 50));
      const before = snapshot();
      for (let i = 0; i < CYCLES; i++) await cycle(tag, attributes, takesContent);
      await new Promise((resolve) => nativeSetTimeout(resolve, 50));
      const after = snapshot();
      expect(after.listeners, 'listeners on window/document').to.be.at.most(before.listeners);
      expect(after.observers, 'observing MutationObservers').to.be.at.most(before.observers);
      expect(after.timers, 'pending timers').to.be.at.most(before.timers);
    });
  }
});
