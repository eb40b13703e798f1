import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { chromiumFlags, findChromium, findFirefox } from './scripts/lib/browsers.mjs';
import { elementsModuleSource, VIRTUAL_ELEMENTS_ID } from './scripts/lib/element-modules.mjs';
import { inside, listen, staticServer } from './scripts/lib/static-server.mjs';

/**
 * Puppeteer gives a test page 30 s to load; a page whose modules the dev server still compiles while two browsers
 * share two busy cores took longer once (Firefox, a full CI run at load 14). A real hang still fails, later.
 */
const NAVIGATION_PATIENCE_MS = 120_000;
function patient(page) {
  page.setDefaultNavigationTimeout(NAVIGATION_PATIENCE_MS);
  return page;
}

const chromium = await findChromium();
const browsers = [
  chromeLauncher({
    launchOptions: {
      executablePath: chromium.executablePath,
      headless: true,
      args: [...chromium.args, ...chromiumFlags],
    },
    createPage: ({ context }) => context.newPage().then(patient),
  }),
];
const firefox = process.env.NABIJ_FIREFOX === '0' ? undefined : findFirefox();
if (firefox) {
  // Stock Firefox ESR through puppeteer's WebDriver BiDi: no patched build and no geckodriver needed.
  browsers.push(
    puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: firefox, headless: true },
      createPage: ({ context }) => context.newPage().then(patient).then(tolerateMissingOrientationOverride),
    }),
  );
} else if (process.env.NABIJ_FIREFOX !== '0') {
  console.warn('[nabij] Firefox not found (set FIREFOX_PATH or install firefox-esr): running Chromium only.');
}
console.log(
  `[nabij] Chromium from ${chromium.origin}: ${chromium.executablePath}${firefox ? `; Firefox: ${firefox}` : ''}`,
);

/**
 * The runner sizes each page with `setViewport`, which puppeteer sends to Firefox as two WebDriver BiDi commands:
 * the viewport and a screen-orientation override. Firefox ESR 140 (Debian bookworm's today) does not know the
 * second one and every test file failed before it ran. The viewport command itself succeeds, so only that one
 * "unknown command" is tolerated, the way puppeteer already tolerates a missing touch override; any other error
 * still fails the run.
 */
function tolerateMissingOrientationOverride(page) {
  const setViewport = page.setViewport.bind(page);
  page.setViewport = async (viewport) => {
    try {
      await setViewport(viewport);
    } catch (error) {
      if (!/unknown command emulation\.setScreenOrientationOverride/.test(String(error?.message))) throw error;
    }
  };
  return page;
}

/** Routes for the failure tests (status codes, HTML, a stalled answer) and the manifest-driven element map. */
function testRoutes() {
  return {
    name: 'nabij-test-routes',
    serve(context) {
      if (context.path === `/${VIRTUAL_ELEMENTS_ID}`) {
        return { body: elementsModuleSource((path) => `/${path}`), type: 'js' };
      }
      return undefined;
    },
    resolveImport: ({ source }) => (source === VIRTUAL_ELEMENTS_ID ? `/${VIRTUAL_ELEMENTS_ID}` : undefined),
  };
}

/**
 * The built dist/ on a second origin (another port), so the embed tests put the embed page in a cross-origin
 * iframe, as a real host does. `npm test` builds dist/ first when it is missing or stale
 * (scripts/build/ensure-build.mjs).
 */
const distRoot = new URL('dist/', import.meta.url).pathname;
const secondServer = staticServer({ resolveFile: (pathname) => inside(distRoot, pathname) });
const secondOrigin = await listen(secondServer);
secondServer.unref();

/** Bodies the tests put on the server, served back when their gate opens (see /__test__/gate). */
const storedBodies = new Map();

/**
 * Requests held at /__test__/gate/<key> until the test opens the gate (POST /__test__/open/<key>): a slow
 * publisher whose slowness the test controls, so "still loading" is checked without racing a clock.
 */
const gates = new Map();
function gate(key) {
  if (!gates.has(key)) {
    let open;
    const opened = new Promise((resolve) => (open = resolve));
    gates.set(key, { opened, open });
  }
  return gates.get(key);
}

/**
 * `/__test__/export/<element>/<item>.html?scorm=1.2&lang=en&attr=name=value`: the page `npx nabij export` writes,
 * made by the command's own code (bin/export.mjs) from the sources (element and SCORM adapter bundled by esbuild
 * as classic scripts, the catalogue built in memory), so `npm test` needs no dist build. Served by middleware,
 * not a plugin, so no transform touches the HTML and its CSP hashes stay true.
 */
const exportScripts = new Map();
let exportCatalogue;
async function exportPage(tag, item, query) {
  const [{ build }, { exportPageFor, readExportRequest }, { tsImport }] = await Promise.all([
    import('esbuild'),
    import('./bin/export.mjs'),
    import('tsx/esm/api'),
  ]);
  exportCatalogue ??= await (await tsImport('./src/hosts/catalogue.ts', import.meta.url)).buildCatalogue();
  const args = [tag, item, ...(query.get('lang') ? ['--lang', query.get('lang')] : [])];
  if (query.get('scorm')) args.push('--scorm', query.get('scorm'));
  for (const pair of query.getAll('attr')) args.push('--attr', pair);
  // Checked first, as the command does: a refused request must not get as far as building anything.
  const request = readExportRequest(args, exportCatalogue);
  const sources = {
    'embed/scorm-adapter.js': 'src/hosts/scorm-page.ts',
    [`cdn/single/${tag}.js`]: `src/elements/${tag}/define.ts`,
  };
  for (const [built, source] of Object.entries(sources)) {
    if (exportScripts.has(built)) continue;
    const result = await build({
      entryPoints: [source],
      bundle: true,
      format: 'iife',
      write: false,
      minify: true,
      legalComments: 'none',
      target: 'es2022',
      tsconfig: './tsconfig.json',
    });
    exportScripts.set(built, result.outputFiles[0].text);
  }
  return exportPageFor(request, (path) => exportScripts.get(path));
}

/** Koa middleware: plugins cannot set a status code, middleware can. */
async function failureRoutes(context, next) {
  const store = context.path.match(/^\/__test__\/store\/(\w+)$/);
  const held = context.path.match(/^\/__test__\/gate\/(\w+)$/);
  const opening = context.path.match(/^\/__test__\/open\/(\w+)$/);
  const exported = context.path.match(/^\/__test__\/export\/([a-z-]+)\/([a-z0-9-]+)\.html$/);
  if (context.path === '/__test__/second-origin') {
    context.type = 'application/json';
    context.body = JSON.stringify({ origin: secondOrigin });
  } else if (exported) {
    try {
      context.body = await exportPage(exported[1], exported[2], new URLSearchParams(context.querystring));
      context.type = 'text/html';
    } catch (error) {
      // What `npx nabij export` would print for the same arguments: the tests read the message.
      context.status = 400;
      context.type = 'text/plain';
      context.body = error instanceof Error ? error.message : String(error);
    }
  } else if (store && context.method === 'POST') {
    const chunks = [];
    for await (const chunk of context.req) chunks.push(chunk);
    storedBodies.set(store[1], Buffer.concat(chunks));
    context.status = 204;
  } else if (opening && context.method === 'POST') {
    // The gate stays open: a request that reaches the server after this call passes straight through.
    gate(opening[1]).open();
    context.status = 204;
  } else if (held) {
    // A safety valve so a test that forgets to open its gate cannot hold the server forever.
    const valve = new Promise((resolve) => setTimeout(resolve, 60000).unref());
    // A request the browser aborted (time-out, element removed) frees its handler at once.
    const gone = new Promise((resolve) => context.res.once('close', resolve));
    await Promise.race([gate(held[1]).opened, valve, gone]);
    context.type = 'application/json';
    context.body = storedBodies.get(held[1]) ?? '{}';
  } else if (context.path === '/__test__/status-500') {
    context.status = 500;
    context.body = 'boom';
  } else if (context.path === '/__test__/html') {
    context.type = 'text/html';
    context.body = '<!doctype html><p>not json</p>';
  } else if (context.path === '/__test__/stall') {
    // Answers far later than any test waits, to exercise time-outs and aborts; a request the browser aborted frees
    // its handler at once, so no connection stays held into the tests that follow.
    await Promise.race([
      new Promise((answer) => setTimeout(answer, 30000).unref()),
      new Promise((gone) => context.res.once('close', gone)),
    ]);
    context.body = '{}';
  } else {
    await next();
  }
}

export default {
  files: 'test/**/*.test.ts',
  nodeResolve: true,
  middleware: [failureRoutes],
  plugins: [testRoutes(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers,
  concurrency: 1,
  browserStartTimeout: 60000,
  // The runner's default of 20 s for a test file to start is too little when the dev server compiles modules for
  // two browsers on two busy cores; the same patience as a page load.
  testsStartTimeout: NAVIGATION_PATIENCE_MS,
  testsFinishTimeout: 300000,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  // Generous: a test waits on the element's own events and promises, and lazy modules can take seconds while two
  // browsers share two cores. A passing test is as fast as before; only a failing one takes longer to report.
  testFramework: { config: { timeout: 60000 } },
};
