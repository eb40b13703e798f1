/**
 * The embed page's script (dist/embed/embed.js, a classic script): reads `?element=…&attr=…` with
 * {@link readEmbedRequest}, puts that one element on the page and adds the element's single-file script
 * (../cdn/single/<tag>.js). Classic scripts because the page must work in a sandboxed iframe without
 * allow-same-origin: its origin is then opaque, module scripts become CORS requests, and LMS file stores send
 * no CORS headers. It then reports its height to the parent page in three dialects: Nabij's own
 * (`nabij:resize`, for dist/embed/resizer.js), H5P's resizer handshake and Canvas's `lti.frameResize`.
 */
import { embeddableTags, readEmbedRequest } from './embed-request.js';

interface ScriptURLPolicy {
  createScriptURL(url: string): string;
}
/** TypeScript's DOM library has no Trusted Types yet; this is the part the page uses. */
type TrustedTypesWindow = Window & {
  trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptURLPolicy };
};

const problems = {
  nl: {
    missing: 'Het adres noemt geen Nabij-onderdeel (de parameter element ontbreekt).',
    unknown: (tag: string) => `Nabij kent geen onderdeel met de naam “${tag}” (wel: ${embeddableTags.join(', ')}).`,
    failed: (tag: string) => `Het onderdeel ${tag} kon niet laden. Probeer het later opnieuw.`,
  },
  en: {
    missing: 'The address names no Nabij element (the element parameter is missing).',
    unknown: (tag: string) => `Nabij has no element called “${tag}” (known: ${embeddableTags.join(', ')}).`,
    failed: (tag: string) => `The element ${tag} did not load. Please try again later.`,
  },
};

// Captured now: document.currentScript is only set while this script runs. The element scripts live beside the
// embed folder, so their address is taken from this file's, whatever address the page itself was opened with.
const scriptBase = new URL(
  '../cdn/single/',
  (document.currentScript as HTMLScriptElement | null)?.src ?? location.href,
);
const elementScripts = new Set(embeddableTags.map((tag) => new URL(`${tag}.js`, scriptBase).href));

const params = new URLSearchParams(location.search);
const requestedLang = params.get('lang')?.toLowerCase() ?? '';
const text = requestedLang === 'en' || requestedLang.startsWith('en-') ? problems.en : problems.nl;
const main = document.querySelector('main') ?? document.body;

/** Shows a message in the page (text only, never markup) instead of the element. */
function showProblem(message: string): void {
  const paragraph = document.createElement('p');
  paragraph.className = 'nabij-embed-problem';
  paragraph.setAttribute('role', 'alert');
  paragraph.textContent = message;
  main.replaceChildren(paragraph);
}

/**
 * Under `require-trusted-types-for 'script'` a script's src must come from a policy. This one lets through only
 * the single-file scripts of known elements, so nothing a URL says can become a script address.
 */
function scriptURL(url: string): string {
  const trustedTypes = (window as TrustedTypesWindow).trustedTypes;
  const policy = trustedTypes?.createPolicy('nabij-embed', {
    createScriptURL: (candidate) => {
      if (!elementScripts.has(candidate)) throw new TypeError(candidate);
      return candidate;
    },
  });
  return policy ? policy.createScriptURL(url) : url;
}

function render(): void {
  const result = readEmbedRequest(params, new URL(location.href));
  document.documentElement.lang = result.ok ? (result.request.lang ?? 'nl') : text === problems.en ? 'en' : 'nl';
  if (!result.ok) {
    // The name is echoed as letters, digits and hyphens only, so a crafted link cannot put a sentence in our page.
    const name = (result.element ?? '').replace(/[^a-z0-9-]/g, '').slice(0, 40);
    showProblem(result.reason === 'missing-element' ? text.missing : text.unknown(name));
    return;
  }
  const { tag, attributes, ignored } = result.request;
  if (ignored.length) console.info('[nabij] ignored:', ignored.join('; '));
  const element = document.createElement(tag);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  main.replaceChildren(element);
  const script = document.createElement('script');
  script.addEventListener('error', () => showProblem(text.failed(tag)));
  script.src = scriptURL(new URL(`${tag}.js`, scriptBase).href);
  document.head.append(script);
}

/**
 * Where height reports go: the origin the host names (`parent-origin`), else the origin of the page that
 * framed us (the referrer). Only when neither is known do reports go to any origin ('*'): they carry a height
 * and the frame id the host chose, nothing from the content.
 */
function readParentOrigin(): string | undefined {
  for (const candidate of [params.get('parent-origin'), document.referrer]) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.origin;
    } catch {
      // Not an address: try the next source.
    }
  }
  return undefined;
}

const parentOrigin = readParentOrigin();
const frameId = params.get('frame-id');
const framed = window.parent !== window;

function tellParent(message: unknown): void {
  if (framed) window.parent.postMessage(message, parentOrigin ?? '*');
}

/** H5P's handshake: after the parent answers `hello`, each change is a prepareResize → resizePrepared → resize. */
let h5pParentAnswered = false;
function h5p(action: string, data: Record<string, number> = {}): void {
  tellParent({ ...data, context: 'h5p', action });
}
/**
 * H5P pages send body.scrollHeight and body.clientHeight, which round to whole pixels: a body of 1949.5px
 * would get a 1949px frame and lose half a pixel. This page sends its body's height rounded up (our body has no
 * margin, so it is the height reported to our own resizer), and the scroll height when something overflows.
 */
function h5pHeights(): { scrollHeight: number; clientHeight: number } {
  const clientHeight = Math.ceil(document.body.getBoundingClientRect().height);
  return { scrollHeight: Math.max(clientHeight, document.body.scrollHeight), clientHeight };
}
function h5pAskForResize(): void {
  if (!h5pParentAnswered) h5p('hello');
  else h5p('prepareResize', h5pHeights());
}

let reportedHeight = -1;
function reportHeight(): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === reportedHeight) return;
  reportedHeight = height;
  tellParent({ type: 'nabij:resize', height, frame: frameId });
  tellParent(JSON.stringify({ subject: 'lti.frameResize', height }));
  h5pAskForResize();
}

addEventListener('message', (event: MessageEvent) => {
  if (event.source !== window.parent || (parentOrigin && event.origin !== parentOrigin)) return;
  const data = event.data as { type?: unknown; context?: unknown; action?: unknown } | null;
  if (data?.type === 'nabij:hello') {
    // The host's resizer started after our first report: send the height again.
    reportedHeight = -1;
    reportHeight();
  } else if (data?.context === 'h5p') {
    if (data.action === 'hello') {
      h5pParentAnswered = true;
      document.documentElement.classList.add('nabij-sized-by-host');
      h5pAskForResize();
    } else if (data.action === 'resizePrepared') {
      h5p('resize', { scrollHeight: h5pHeights().scrollHeight });
    } else if (data.action === 'resize' || data.action === 'ready') {
      // `resize`: the parent window changed size; `ready`: H5P's resizer loaded after this page.
      h5pAskForResize();
    }
  }
});

render();
if (framed) new ResizeObserver(reportHeight).observe(document.documentElement);
