/**
 * Builds dist/ when it is missing or older than what it is built from, so `npm test` (whose embed tests load
 * the built embed page, resizer and single-file scripts) never tests a stale build. Compares the newest
 * modification time among the build's inputs with the oldest of the outputs the tests use; src/generated/ is
 * left out, because `npm run generate` rewrites it before every test run (it follows from content/ and
 * custom-elements.json, which are inputs here).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const inputs = ['src', 'content', 'scripts', 'rollup.config.mjs', 'custom-elements.json', 'package.json'];
const outputs = [
  'dist/index.js',
  'dist/cdn/nabij.js',
  'dist/embed/index.html',
  'dist/embed/embed.js',
  'dist/embed/resizer.js',
  'dist/embed/catalogue.json',
  ...readdirSync(join(root, 'src/elements')).map((name) => `dist/cdn/single/${name}.js`),
];

/** Newest modification time in a file or folder (recursively), leaving out src/generated/. */
function newest(path) {
  if (relative(root, path) === join('src', 'generated')) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const missing = outputs.filter((path) => !existsSync(join(root, path)));
const builtAt = missing.length ? 0 : Math.min(...outputs.map((path) => statSync(join(root, path)).mtimeMs));
const changedAt = Math.max(...inputs.map((path) => newest(join(root, path))));
if (missing.length || changedAt > builtAt) {
  console.log(
    missing.length
      ? `[nabij] dist/ lacks ${missing.join(', ')}: building.`
      : '[nabij] sources changed since the last build: building dist/.',
  );
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
} else {
  console.log('[nabij] dist/ is up to date.');
}
