/**
 * Benchmarks for the lexicon (issue: search latency, index render time, bytes). Prints figures; never a test.
 *   npm run bench      (builds first; uses the system Chromium or @sparticuz/chromium, like the tests)
 * Search runs in Node on the real search module; rendering runs in headless Chromium on the standalone build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadBuiltinLexiconSearch } from '../../src/content/builtin/search.js';
import type { LexiconSearch } from '../../src/content/schema.js';
import { LexiconSearchIndex, type LemmaRecord } from '../../src/elements/lemma-index/search.js';
import { launchChromium } from '../lib/browsers.mjs';
import { inside, listen, staticServer } from '../lib/static-server.mjs';

const root = new URL('../..', import.meta.url).pathname;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const median = (values: number[]) => percentile(values, 50);
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** A synthetic lexicon of `count` entries with Dutch-looking words, deterministic. */
function synthetic(count: number): LemmaRecord[] {
  const words = [
    'buurt',
    'zorg',
    'wijk',
    'netwerk',
    'vertrouwen',
    'ontmoeting',
    'vrijwilliger',
    'beleid',
    'armoede',
    'school',
  ];
  return Array.from({ length: count }, (_, i) => ({
    id: `lemma-${i}`,
    title: `${words[i % 10]}${words[(i * 7) % 10]} ${i}`,
    authors: [`Auteur ${i % 97}`],
    cluster: { id: `c${i % 4}`, name: `Cluster ${i % 4}` },
    concepts: [words[(i * 3) % 10], `${words[(i * 5) % 10]}beleid`, `term${i}`],
    summary: Array.from({ length: 40 }, (_, j) => words[(i + j * 3) % 10]).join(' '),
  }));
}

const QUERIES = [
  'sociale basis',
  'zorgzaam',
  'kremer',
  'vertrouwen',
  'buurt',
  'eenzaam',
  'presentie',
  'wijkteam',
  'Goffman',
  'third places',
  'wederkerig',
  'ervaringsdeskundig',
  'segregatie',
  'leefwereld',
  'preventie',
  'boundary',
  'Rözer',
  'straat',
  'kapitaal',
  'maatwerk',
  'vrijwilliger',
  'nabijheid',
  'voordeur',
  'zorg thuis',
];

function searchBench(label: string, lemmas: LemmaRecord[]): string {
  const built = performance.now();
  const index = new LexiconSearchIndex(lemmas);
  const buildMs = performance.now() - built;
  const times: number[] = [];
  for (let round = 0; round < 50; round++) {
    for (const query of QUERIES) {
      const start = performance.now();
      index.search(query);
      times.push(performance.now() - start);
    }
  }
  return `| ${label} | ${lemmas.length} | ${buildMs.toFixed(1)} ms | ${median(times).toFixed(3)} ms | ${percentile(times, 95).toFixed(3)} ms |`;
}

async function renderBench(lexicon: LexiconSearch): Promise<string[]> {
  const server = staticServer({
    pages: { '/bench.html': '<!doctype html><html lang="nl"><body></body></html>' },
    resolveFile: (pathname) => inside(root, pathname),
  });
  const origin = await listen(server);
  const browser = await launchChromium();
  const rows: string[] = [];
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/bench.html`);
    await page.addScriptTag({ type: 'module', url: `/dist/cdn/standalone/lemma-index.js` });
    await page.waitForFunction(() => customElements.get('lemma-index'));
    for (const [label, data] of [
      ['Nabijheid en sociaal werk', lexicon],
      ['synthetic', { ...lexicon, id: 'synthetisch', title: 'Synthetisch', lemmas: synthetic(10) }],
      ['synthetic', { ...lexicon, id: 'synthetisch', title: 'Synthetisch', lemmas: synthetic(100) }],
      ['synthetic', { ...lexicon, id: 'synthetisch', title: 'Synthetisch', lemmas: synthetic(1000) }],
      ['synthetic', { ...lexicon, id: 'synthetisch', title: 'Synthetisch', lemmas: synthetic(10000) }],
    ] as const) {
      const times: number[] = [];
      for (let run = 0; run < 7; run++) {
        times.push(
          await page.evaluate(async (content) => {
            const element = document.createElement('lemma-index') as HTMLElement & {
              content: unknown;
              updateComplete: Promise<boolean>;
            };
            element.setAttribute('url-state', 'off');
            const start = performance.now();
            element.content = content;
            document.body.append(element);
            await new Promise<void>((done) => element.addEventListener('nabij-load', () => done(), { once: true }));
            await element.updateComplete;
            const elapsed = performance.now() - start;
            element.remove();
            return elapsed;
          }, data),
        );
      }
      rows.push(
        `| ${label} | ${data.lemmas.length} | ${median(times).toFixed(1)} ms | ${Math.max(...times).toFixed(1)} ms |`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}

function bytes(): string[] {
  const standalone = join(root, 'dist/cdn/standalone');
  const rows = readdirSync(standalone)
    .filter((name) => name.endsWith('.js'))
    .map(
      (name) =>
        `| \`<${name.replace('.js', '')}>\` standalone | ${kB(readFileSync(join(standalone, name)).length)} | ${kB(gzip(join(standalone, name)))} |`,
    );
  const chunks = join(root, 'dist/cdn/chunks');
  const lemmaIds = Object.keys(JSON.parse(JSON.stringify(lexiconIds())));
  const sizes = readdirSync(chunks)
    .filter(
      (name) =>
        name.endsWith('.js') && lemmaIds.some((id) => name.startsWith(`${id}-`) && name.length === id.length + 12),
    )
    .map((name) => gzip(join(chunks, name)));
  rows.push(
    `| one lemma's content module (${sizes.length} lemmas) | | median ${kB(median(sizes))}, largest ${kB(Math.max(...sizes))}, ${sizes.filter((size) => size > 3072).length} over 3 kB |`,
  );
  return rows;
}

let ids: Record<string, true> = {};
function lexiconIds(): Record<string, true> {
  return ids;
}

// The list with its search texts, as the index has them once someone searches.
const lexicon = (await loadBuiltinLexiconSearch('nabijheid-en-sociaal-werk')) as LexiconSearch;
ids = Object.fromEntries(lexicon.lemmas.map((lemma) => [lemma.id, true]));
console.log('\n## Search (MiniSearch, Node, 24 queries × 50 rounds)\n');
console.log('| Lexicon | Entries | Build index | p50 per query | p95 per query |\n| --- | --- | --- | --- | --- |');
console.log(searchBench('Nabijheid en sociaal werk', lexicon.lemmas));
console.log(searchBench('synthetic', synthetic(1000)));
console.log(searchBench('synthetic', synthetic(10000)));
console.log('\n## `<lemma-index>` render, headless Chromium (content set → list rendered, median of 7)\n');
console.log('| Lexicon | Entries | Median | Slowest |\n| --- | --- | --- | --- |');
for (const row of await renderBench(lexicon)) console.log(row);
console.log('\n## Bytes (minified; gzip -9)\n');
console.log('| What | Raw | Gzip |\n| --- | --- | --- |');
for (const row of bytes()) console.log(row);
