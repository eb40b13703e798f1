/**
 * Checks what `npm pack` would ship: the built entries, types, schema and manifest, and no sources or tests; and
 * that package.json's exports map (wildcards, see below) leads every element's two entries, for Node and for
 * TypeScript, to files in the package, and leads nowhere else.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const [{ files }] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { encoding: 'utf8' }));
const paths = files.map((file) => file.path);
/** One folder per element under src/elements/, as the builds read them. */
const elements = readdirSync(new URL('../../src/elements/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const required = [
  'dist/index.js',
  'dist/lemma-card.js',
  'dist/elements/lemma-card.js',
  'dist/types/index.d.ts',
  'dist/cdn/nabij.js',
  'dist/schema/lemma.json',
  // The iframe embed: page, its script and style, the host's resizer, the snippet writer and the catalogue that
  // `npx nabij oembed` reads, the command itself, and the single-file script the page adds per element.
  'dist/embed/index.html',
  'dist/embed/embed.js',
  'dist/embed/embed.css',
  'dist/embed/resizer.js',
  'dist/embed/snippet.js',
  'dist/embed/catalogue.json',
  'dist/cdn/single/lemma-card.js',
  'bin/nabij.mjs',
  'bin/oembed.mjs',
  // `npx nabij export` reads these three beside its own module.
  'bin/export.mjs',
  'dist/embed/scorm-adapter.js',
  'custom-elements.json',
  'LICENSE',
  'README.md',
];
const missing = required.filter((path) => !paths.includes(path));
const unwanted = paths.filter((path) => /^(src|test|stories|content|scripts|\.storybook)\//.test(path));
const exportProblems = checkExports();
if (missing.length || unwanted.length || exportProblems.length) {
  if (missing.length) console.error(`missing from the package: ${missing.join(', ')}`);
  if (unwanted.length) console.error(`should not be in the package: ${unwanted.slice(0, 10).join(', ')}`);
  for (const problem of exportProblems) console.error(`exports: ${problem}`);
  process.exit(1);
}
const bytes = files.reduce((sum, file) => sum + file.size, 0);
console.log(
  `package: ${paths.length} files, ${(bytes / 1024).toFixed(1)} kB unpacked; required entries present; ` +
    `the exports map resolves ${elements.length} elements' entries (Node and TypeScript) to packed files, and nothing else.`,
);

/**
 * The exports map, resolved as a user's tools do (the package refers to itself by name from here): Node's
 * resolver for the code, TypeScript's (NodeNext and Bundler) for the types. Node does not look at the disk,
 * so every target must be a file `npm pack` ships.
 */
function checkExports() {
  const problems = [];
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const packed = (url) => paths.includes(fileURLToPath(url).slice(root.length));
  const nodeTarget = (specifier) => {
    try {
      return import.meta.resolve(specifier);
    } catch (error) {
      return error.code;
    }
  };
  const typesTargets = (specifier) =>
    [ts.ModuleResolutionKind.NodeNext, ts.ModuleResolutionKind.Bundler].map((moduleResolution) => {
      const module =
        moduleResolution === ts.ModuleResolutionKind.Bundler ? ts.ModuleKind.ESNext : ts.ModuleKind.NodeNext;
      const found = ts.resolveModuleName(specifier, `${root}consumer.mts`, { module, moduleResolution }, ts.sys);
      return found.resolvedModule?.resolvedFileName.slice(root.length);
    });
  const expectResolves = (specifier, { types = true } = {}) => {
    const target = nodeTarget(specifier);
    if (!target.startsWith('file:') || !packed(target)) problems.push(`${specifier} → ${target}, not a packed file`);
    if (!types) return;
    for (const file of typesTargets(specifier)) {
      if (!file?.endsWith('.d.ts') || !paths.includes(file))
        problems.push(`${specifier}: types → ${file}, not a packed .d.ts`);
    }
  };
  for (const tag of elements) {
    expectResolves(`nabij/${tag}.js`);
    expectResolves(`nabij/elements/${tag}.js`);
  }
  expectResolves('nabij');
  for (const specifier of [
    'nabij/cdn/nabij.js',
    'nabij/schema/lemma.json',
    'nabij/custom-elements.json',
    'nabij/package.json',
  ]) {
    expectResolves(specifier, { types: false });
  }
  // The wildcards must not reach the npm build's index by another name, its chunks, the types or the embed files.
  const chunk = paths.find((path) => path.startsWith('dist/chunks/') && path.endsWith('.js'));
  for (const specifier of [
    'nabij/index.js',
    `nabij/${chunk?.slice('dist/'.length)}`,
    'nabij/embed/embed.js',
    'nabij/types/index.d.ts',
  ]) {
    const target = nodeTarget(specifier);
    if (target !== 'ERR_PACKAGE_PATH_NOT_EXPORTED') problems.push(`${specifier} should not be exported (→ ${target})`);
  }
  // `./*.js` exports every script at the top of dist/, and sideEffects (`./dist/*-*.js`) marks the hyphenated
  // ones: both are right only while those are the elements' define modules and the index.
  const topLevel = paths.filter((path) => /^dist\/[^/]+\.js$/.test(path)).map((path) => path.slice('dist/'.length, -3));
  for (const name of topLevel.filter((name) => name !== 'index' && !elements.includes(name))) {
    problems.push(`dist/${name}.js is exported as nabij/${name}.js but is no element's define module`);
  }
  return problems;
}
