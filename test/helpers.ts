// The one place that may use waitUntil: `until` below wraps it with a generous time-out.
// eslint-disable-next-line no-restricted-imports
import { aTimeout, expect, fixture, oneEvent, waitUntil, type html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';

/**
 * How long a test waits for something the element does by itself: a lazy module, a content load, a focus move.
 * Generous on purpose: on a busy CI machine running two browsers side by side a lazy import can take seconds, and
 * waiting longer costs nothing when the condition comes true early. A real defect still fails, only later.
 */
export const PATIENCE_MS = 15_000;

/**
 * For waits on a module the page has not loaded yet (the autoloader importing an element): the dev server compiles
 * it on first request, and late in a full run a browser's connections may still be busy with held test requests.
 */
export const LAZY_LOAD_PATIENCE_MS = 45_000;

/**
 * Waits until `condition` returns something truthy, polling every 20 ms, for up to {@link PATIENCE_MS}.
 * Use this instead of `waitUntil` from @open-wc/testing, whose one-second default made tests fail on a busy
 * machine (ESLint forbids that import in test/). The message says what did not happen; without one, the
 * condition's own source text is reported, so a time-out always names what was awaited.
 */
export async function until(condition: () => unknown, message?: string, timeout = PATIENCE_MS): Promise<void> {
  const what = message ?? `waited ${timeout / 1000} s for: ${condition.toString().replace(/\s+/g, ' ')}`;
  await waitUntil(() => Boolean(condition()), what, { timeout, interval: 20 });
}

/** Text a person sees in an element's shadow root, with white space folded. */
export function visibleText(root: Element | ShadowRoot | null | undefined): string {
  return (root?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no shadow root`);
  return element.shadowRoot;
}

/**
 * Waits until the element shows its content or an error: it has rendered something, and that is not the
 * loading message. (Before the first render the shadow root is empty, which must not count as settled.)
 */
export async function settled(element: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  await element.updateComplete;
  await until(() => {
    const root = element.shadowRoot;
    return Boolean(root?.firstElementChild) && !root!.querySelector('[part="status"]');
  }, `<${element.localName}> kept loading`);
  await element.updateComplete;
  await aTimeout(0);
}

/**
 * Opens the disclosure (see src/core/disclosure.ts) whose region has the given id, the way a user does, after
 * checking that it starts closed; returns the region, which shows after the click.
 */
export async function openDisclosure(
  element: HTMLElement & { updateComplete: Promise<boolean> },
  regionId: string,
): Promise<HTMLElement> {
  const toggle = shadow(element).querySelector<HTMLButtonElement>(`[aria-controls="${regionId}"]`);
  const region = shadow(element).querySelector<HTMLElement>(`#${regionId}`);
  if (!toggle || !region) throw new Error(`<${element.localName}> has no disclosure for #${regionId}`);
  expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  expect(getComputedStyle(region).display).to.equal('none');
  toggle.click();
  await element.updateComplete;
  expect(toggle.getAttribute('aria-expanded')).to.equal('true');
  expect(getComputedStyle(region).display).not.to.equal('none');
  return region;
}

/** Collects console.warn calls made while `run` runs. */
export async function captureWarnings(run: () => unknown | Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** Renders a template as a fixture and waits until the element shows its content (or its error). */
export async function showSettled<T extends HTMLElement & { updateComplete: Promise<boolean> }>(
  template: ReturnType<typeof html>,
): Promise<T> {
  const element = await fixture<T>(template);
  await settled(element);
  return element;
}

/** A page `npx nabij export` wrote, opened in a frame below the test page (as an LMS player opens it). */
export interface OpenedExport<T extends HTMLElement = HTMLElement> {
  frame: HTMLIFrameElement;
  doc: Document;
  element: T;
}

/** Opens an exported page from `path` in a frame and waits until its element shows `text`. */
export async function openExport<T extends HTMLElement = HTMLElement>(
  path: string,
  text: string,
): Promise<OpenedExport<T>> {
  const frame = document.createElement('iframe');
  frame.src = path;
  const loaded = oneEvent(frame, 'load');
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const element = doc.querySelector<T>('[data-nabij-export]')!;
  await until(() => element.shadowRoot?.textContent?.includes(text), `the export did not show "${text}"`);
  return { frame, doc, element };
}

/**
 * Emulates media (print, reduced motion) where the browser can, and skips the test elsewhere. Firefox over WebDriver
 * BiDi cannot, and asking it makes the runner print a CDP stack trace that reads like a failure, so Firefox is not
 * asked; Chromium covers these tests.
 */
export async function emulateOrSkip(test: { skip(): void }, media: Parameters<typeof emulateMedia>[0]): Promise<void> {
  if (navigator.userAgent.includes('Firefox')) test.skip();
  await emulateMedia(media);
}
