/**
 * Writes the size table of docs/benchmarks.md from `size-limit --json` on the current build, so the figures in
 * the docs are the ones the budget check measured (run after `npm run build`: `npm run docs:sizes`).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../../docs/benchmarks.md', import.meta.url);
const START = '<!-- size-table:start -->';
const END = '<!-- size-table:end -->';

const results = JSON.parse(execFileSync('npx', ['size-limit', '--json'], { encoding: 'utf8' }));
const kB = (bytes) => `${(bytes / 1000).toFixed(bytes < 10_000 ? 2 : 1)} kB`;
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
const date = new Date().toISOString().slice(0, 10);
const rows = results.map(
  (entry) =>
    `| ${entry.name.replace(/(dist\/[\w./-]+|<[a-z-]+>)/g, '`$1`')} | ${kB(entry.size)}${entry.passed ? '' : ' (over)'} | ${kB(entry.sizeLimit)} |`,
);
const table = [
  START,
  `Measured on the build of ${date} (commit ${commit}):`,
  '',
  `| What a page downloads (the size-limit entry) | gzip, ${date} | Budget |`,
  '| --- | --- | --- |',
  ...rows,
  END,
].join('\n');

const text = readFileSync(file, 'utf8');
const start = text.indexOf(START);
const end = text.indexOf(END);
if (start < 0 || end < 0) throw new Error(`docs/benchmarks.md needs ${START} … ${END} around the size table`);
writeFileSync(file, text.slice(0, start) + table + text.slice(end + END.length));
execFileSync('npx', ['prettier', '--write', 'docs/benchmarks.md'], { stdio: 'ignore' });
console.log(`docs/benchmarks.md: ${rows.length} size figures from size-limit (commit ${commit})`);
