/** Checks what `npm pack` would ship: the built entries, types, schema and manifest, and no sources or tests. */
import { execFileSync } from 'node:child_process';

const [{ files }] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { encoding: 'utf8' }));
const paths = files.map((file) => file.path);
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
if (missing.length || unwanted.length) {
  if (missing.length) console.error(`missing from the package: ${missing.join(', ')}`);
  if (unwanted.length) console.error(`should not be in the package: ${unwanted.slice(0, 10).join(', ')}`);
  process.exit(1);
}
const bytes = files.reduce((sum, file) => sum + file.size, 0);
console.log(`package: ${paths.length} files, ${(bytes / 1024).toFixed(1)} kB unpacked; required entries present.`);
