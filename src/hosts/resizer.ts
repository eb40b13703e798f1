/**
 * The host page's resizer (dist/embed/resizer.js, a classic script): sizes every Nabij iframe on the page to
 * the height its embed page reports (`{ type: 'nabij:resize', height }`). A Nabij iframe is one marked
 * `data-nabij-embed` or whose src is a Nabij embed page (…/embed/ or …/embed/index.html with ?element=).
 * A message counts only when it comes from such an iframe's own window (event.source) and from the origin its
 * src names; origin 'null' (an opaque origin) only for an iframe sandboxed without allow-same-origin. Everything
 * else is ignored, so no other frame or page can resize, or learn about, a Nabij iframe.
 */

/** More than any real element; a larger report is a fault or an attack, not a height. */
const MAX_HEIGHT = 100_000;

function isNabijFrame(frame: HTMLIFrameElement): boolean {
  if (frame.hasAttribute('data-nabij-embed')) return true;
  const url = frameURL(frame);
  return Boolean(url && /\/embed\/(index\.html)?$/.test(url.pathname) && url.searchParams.has('element'));
}

function frameURL(frame: HTMLIFrameElement): URL | undefined {
  try {
    return new URL(frame.src, document.baseURI);
  } catch {
    return undefined;
  }
}

function nabijFrames(): HTMLIFrameElement[] {
  return [...document.querySelectorAll('iframe')].filter(isNabijFrame);
}

/** A sandbox without allow-same-origin gives the frame an opaque origin, which messages carry as 'null'. */
function hasOpaqueOrigin(frame: HTMLIFrameElement): boolean {
  return frame.hasAttribute('sandbox') && !frame.sandbox.contains('allow-same-origin');
}

function acceptsOrigin(frame: HTMLIFrameElement, origin: string): boolean {
  if (hasOpaqueOrigin(frame)) return origin === 'null';
  return origin !== 'null' && origin === frameURL(frame)?.origin;
}

addEventListener('message', (event: MessageEvent) => {
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (data?.type !== 'nabij:resize' || !event.source) return;
  const height = data.height;
  if (typeof height !== 'number' || !Number.isFinite(height) || height < 0 || height > MAX_HEIGHT) return;
  const frame = nabijFrames().find((candidate) => candidate.contentWindow === event.source);
  if (!frame || !acceptsOrigin(frame, event.origin)) return;
  frame.style.height = `${Math.ceil(height)}px`;
});

/**
 * Frames that reported before this script ran are asked to report again. The request carries nothing; it goes
 * to the frame's origin, or to any origin for a frame with an opaque one (which no target origin can name).
 */
function greetFrames(): void {
  for (const frame of nabijFrames()) {
    const origin = hasOpaqueOrigin(frame) ? '*' : frameURL(frame)?.origin;
    if (origin && origin !== 'null') frame.contentWindow?.postMessage({ type: 'nabij:hello' }, origin);
  }
}

greetFrames();
if (document.readyState === 'loading') addEventListener('DOMContentLoaded', greetFrames);
