/**
 * Proves that `npm run new-element <tag>` is all it takes to add an element. In a copy of the project (its
 * node_modules hard-linked, so the copy costs seconds and leaves this tree alone) it adds the throwaway
 * <demo-thing>, then checks, with no other edit, that: the generated files pass lint, prettier and the type
 * check; `npm run analyze` puts it in custom-elements.json with its parts, properties and event, and in the
 * autoloader's table; `npm run build` builds it and size-limit measures its two entries within budget; the
 * exports map resolves `nabij/demo-thing.js` and `nabij/elements/demo-thing.js` (scripts/check/check-package.mjs);
 * the one script tag (dist/cdn/nabij.js) loads it on a page; its own test and the suites that cover every
 * registered element (test/memory.test.ts) pass in Chromium. Also that the command refuses a bad or taken tag.
 *
 * Costs about as much as one build plus a short test run (the build dominates); `NABIJ_KEEP_COPY=1` keeps the
 * copy for a look afterwards.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TAG = 'demo-thing';
const root = new URL('../..', import.meta.url).pathname;
const copy = mkdtempSync(join(tmpdir(), 'nabij-new-element-'));
const failures = [];
const started = Date.now();
const seconds = () => `${Math.round((Date.now() - started) / 1000)} s`;

/** Runs a command in the copy; its output is shown only when it fails. */
function run(command, args, { env = {}, allowFailure = false } = {}) {
  console.log(`[${seconds()}] ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0 && !allowFailure) {
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
  }
  return result;
}

function check(condition, message) {
  if (!condition) failures.push(message);
}

/** The project without what a build or install makes; node_modules as hard links (cp -al). */
function copyProject() {
  const skipped = new Set(['node_modules', 'dist', '.git', 'storybook-static', 'src/generated']);
  for (const entry of readdirSync(root)) {
    if (skipped.has(entry)) continue;
    cpSync(join(root, entry), join(copy, entry), {
      recursive: true,
      filter: (source) => !skipped.has(source.slice(root.length)),
    });
  }
  execFileSync('cp', ['-al', join(root, 'node_modules'), join(copy, 'node_modules')]);
}

async function main() {
  copyProject();
  console.log(`[${seconds()}] copied the project to ${copy}`);

  check(run('npm', ['run', 'new-element', 'Demo-Thing'], { allowFailure: true }).status !== 0, 'accepted Demo-Thing');
  check(run('npm', ['run', 'new-element', 'lemma-card'], { allowFailure: true }).status !== 0, 'accepted lemma-card');
  run('npm', ['run', 'new-element', TAG]);

  const created = [
    `src/elements/${TAG}/${TAG}.ts`,
    `src/elements/${TAG}/define.ts`,
    `src/elements/${TAG}/${TAG}.styles.ts`,
    `src/i18n/nl/${TAG}.ts`,
    `src/i18n/en/${TAG}.ts`,
    `test/${TAG}.test.ts`,
    `stories/${TAG}.stories.ts`,
  ];
  run('npx', ['eslint', ...created, 'src/index.ts', 'test/elements.ts']);
  run('npx', ['prettier', '--check', ...created, 'src/index.ts', 'test/elements.ts']);

  // Manifest: the class's JSDoc documents it; the autoloader's table (virtual:nabij-elements) is read from it.
  run('npm', ['run', 'analyze']);
  const manifest = JSON.parse(readFileSync(join(copy, 'custom-elements.json'), 'utf8'));
  const declaration = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((candidate) => candidate.tagName === TAG);
  check(declaration?.customElement, `custom-elements.json does not list <${TAG}>`);
  check(declaration?.summary, `<${TAG}> has no summary in custom-elements.json`);
  const names = (list) => (list ?? []).map((item) => item.name).sort();
  check(
    names(declaration?.cssParts).join() === 'body,title,toggle',
    `<${TAG}>'s parts: ${names(declaration?.cssParts)}`,
  );
  check(
    names(declaration?.cssProperties).every((name) => name.startsWith(`--nabij-${TAG}-`)) &&
      names(declaration?.cssProperties).length === 2,
    `<${TAG}>'s custom properties: ${names(declaration?.cssProperties)}`,
  );
  check(names(declaration?.events).join() === 'nabij-toggle', `<${TAG}>'s events: ${names(declaration?.events)}`);
  check(
    names(declaration?.attributes).join() === 'heading,heading-level,open',
    `<${TAG}>'s attributes: ${names(declaration?.attributes)}`,
  );
  const { elementModules } = await import(join(copy, 'scripts/lib/element-modules.mjs'));
  check(
    elementModules().some(({ tag, definePath }) => tag === TAG && definePath === `src/elements/${TAG}/define.ts`),
    `the autoloader's table (element-modules.mjs) has no <${TAG}>`,
  );
  check(
    readFileSync(join(copy, 'docs/elements.md'), 'utf8').includes(`<${TAG}>`),
    `docs/elements.md does not document <${TAG}>`,
  );

  run('npm', ['run', 'typecheck']);
  run('npm', ['run', 'build']);
  for (const file of [`dist/${TAG}.js`, `dist/elements/${TAG}.js`, `dist/cdn/${TAG}.js`]) {
    check(existsSync(join(copy, file)), `the build made no ${file}`);
  }
  check(
    readFileSync(join(copy, 'dist/cdn/nabij.js'), 'utf8').includes(`"./${TAG}.js"`),
    `dist/cdn/nabij.js does not import ./${TAG}.js`,
  );

  // Size: the new element's two entries are measured and within budget. The other entries are the CI's size
  // step's business (this check is about the new element; a budget over elsewhere should not be reported twice).
  const { default: budgets } = await import(join(copy, '.size-limit.mjs'));
  const sizes = JSON.parse(run('npx', ['size-limit', '--json'], { allowFailure: true }).stdout);
  for (const file of [`dist/cdn/standalone/${TAG}.js`, `dist/cdn/single/${TAG}.js`]) {
    const budget = budgets.find((entry) => entry.path === file);
    const measured = sizes.find((entry) => entry.name === budget?.name);
    check(measured?.size > 0, `size-limit does not measure ${file}`);
    if (measured) {
      console.log(`    ${file}: ${measured.size} B gzip (budget ${measured.sizeLimit} B)`);
      check(measured.passed, `${file} is over its budget: ${measured.size} B > ${measured.sizeLimit} B`);
    }
  }

  // Exports: both entries resolve (Node and TypeScript) to packed files, as for every element.
  run('node', ['scripts/check/check-package.mjs']);
  const resolved = run('node', ['--input-type=module', '-e', `console.log(import.meta.resolve('nabij/${TAG}.js'))`]);
  check(resolved.stdout.trim() === `file://${join(copy, `dist/${TAG}.js`)}`, `nabij/${TAG}.js → ${resolved.stdout}`);

  await autoloadOnAPage();

  run('npx', ['web-test-runner', `test/${TAG}.test.ts`, 'test/memory.test.ts'], { env: { NABIJ_FIREFOX: '0' } });
}

/** A page with only the one script tag and the element: the autoloader must find, load and define it. */
async function autoloadOnAPage() {
  console.log(`[${seconds()}] <${TAG}> through dist/cdn/nabij.js in Chromium`);
  const { launchChromium } = await import(join(copy, 'scripts/lib/browsers.mjs'));
  const { inside, listen, staticServer } = await import(join(copy, 'scripts/lib/static-server.mjs'));
  const page = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${TAG}</title>
    <script type="module" src="/dist/cdn/nabij.js"></script></head>
    <body><${TAG} heading="Buurtkamer"><p>Open op dinsdag.</p></${TAG}></body></html>`;
  const server = staticServer({ pages: { '/page.html': page }, resolveFile: (pathname) => inside(copy, pathname) });
  const origin = await listen(server);
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(`${origin}/page.html`);
    const label = await tab
      .locator(`${TAG} [part="toggle"]`)
      .textContent({ timeout: 15_000 })
      .catch(() => undefined);
    check(label?.trim() === 'Inhoud verbergen', `the autoloader did not render <${TAG}> (toggle: ${label})`);
    check(!errors.length, `page errors: ${errors.join('; ')}`);
  } finally {
    await browser.close();
    server.close();
  }
}

try {
  await main();
} catch (error) {
  failures.push(error.message);
} finally {
  if (process.env.NABIJ_KEEP_COPY) console.log(`the copy stays in ${copy}`);
  else rmSync(copy, { recursive: true, force: true });
}
if (failures.length) {
  for (const failure of failures) console.error(`new element: ${failure}`);
  process.exit(1);
}
console.log(
  `[${seconds()}] npm run new-element ${TAG}: manifest, autoloader, build, size, exports and tests pick it up.`,
);
