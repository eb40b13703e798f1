import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { chromiumFlags, findChromium, findFirefox } from './scripts/browsers.mjs';
import { elementsModuleSource, VIRTUAL_ELEMENTS_ID } from './scripts/element-modules.mjs';

const chromium = await findChromium();
const browsers = [
  chromeLauncher({
    launchOptions: {
      executablePath: chromium.executablePath,
      headless: true,
      args: [...chromium.args, ...chromiumFlags],
    },
  }),
];
const firefox = process.env.NABIJ_FIREFOX === '0' ? undefined : findFirefox();
if (firefox) {
  // Stock Firefox ESR through puppeteer's WebDriver BiDi: no patched build and no geckodriver needed.
  browsers.push(puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: firefox, headless: true } }));
} else if (process.env.NABIJ_FIREFOX !== '0') {
  console.warn('[nabij] Firefox not found (set FIREFOX_PATH or install firefox-esr): running Chromium only.');
}
console.log(
  `[nabij] Chromium from ${chromium.origin}: ${chromium.executablePath}${firefox ? `; Firefox: ${firefox}` : ''}`,
);

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

/** Bodies the tests put on the server, served back slowly to play a slow publisher (see /__test__/slow). */
const storedBodies = new Map();

/** Koa middleware: plugins cannot set a status code, middleware can. */
async function failureRoutes(context, next) {
  const slow = context.path.match(/^\/__test__\/slow\/(\d+)\/(\w+)$/);
  const store = context.path.match(/^\/__test__\/store\/(\w+)$/);
  if (store && context.method === 'POST') {
    const chunks = [];
    for await (const chunk of context.req) chunks.push(chunk);
    storedBodies.set(store[1], Buffer.concat(chunks));
    context.status = 204;
  } else if (slow) {
    // Answers after the given delay: a slow server that still answers within the time-out.
    const body = storedBodies.get(slow[2]);
    await new Promise((answer) => setTimeout(answer, Number(slow[1])).unref());
    context.type = 'application/json';
    context.body = body ?? '{}';
  } else if (context.path === '/__test__/status-500') {
    context.status = 500;
    context.body = 'boom';
  } else if (context.path === '/__test__/html') {
    context.type = 'text/html';
    context.body = '<!doctype html><p>not json</p>';
  } else if (context.path === '/__test__/stall') {
    // Answers far later than any test waits, to exercise time-outs and aborts.
    await new Promise((answer) => setTimeout(answer, 30000).unref());
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
  testsFinishTimeout: 300000,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
};
