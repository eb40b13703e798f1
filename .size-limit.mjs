/**
 * Size budgets (size-limit reads this file). The per-element entries are made from the folders in src/elements/,
 * so a new element is measured from its first build: its standalone file and its single file, with the limits
 * of its row in ELEMENT_BUDGETS, or the defaults until it has one. The other entries (shared chunks, content,
 * the embed scripts) are listed as they are.
 */
import { readdirSync } from 'node:fs';

const gzip = true;

/**
 * Per element: what its standalone entry measures (after "<tag>"), its standalone and single-file limits, and
 * the entries measured beside its standalone file. Rows keep the order of the size table in docs/.
 */
const ELEMENT_BUDGETS = {
  'lemma-card': {
    standaloneName: 'with built-in content: element + Lit (standalone build)',
    standalone: '12 kB',
    single: '99.5 kB',
    extra: [
      {
        name: '<lemma-card> with publisher content: element + Lit + validator (standalone build)',
        path: ['dist/cdn/standalone/lemma-card.js', 'dist/cdn/standalone/chunks/lemma-card/lemma-????????.js'],
        limit: '14.6 kB',
      },
      {
        name: '<lemma-card> via the autoloader: element, the shared core (with Lit) and the lexicon tables, all it loads before its lemma',
        path: [
          'dist/cdn/nabij.js',
          'dist/cdn/lemma-card.js',
          'dist/cdn/chunks/nabij-core.js',
          'dist/cdn/chunks/lexicon-tables.js',
        ],
        limit: '15.7 kB',
      },
    ],
  },
  'ladder-van-verbintenis': {
    standaloneName: 'with built-in content: element + Lit (standalone build)',
    standalone: '17 kB',
    single: '28.1 kB',
  },
  'casus-viewer': {
    standaloneName: 'with built-in content: element + Lit (standalone build)',
    standalone: '20 kB',
    single: '138.5 kB',
  },
  'casus-index': {
    standaloneName: ': element + Lit (standalone build; the viewer loads when a case opens)',
    standalone: '16 kB',
    single: '146.5 kB',
  },
  'lemma-index': {
    standaloneName: ': element + Lit (standalone build; search and cards load when used)',
    standalone: '14 kB',
    single: '136 kB',
    extra: [
      {
        name: "<lemma-index> with the built-in lexicon's list (titles, authors, clusters)",
        path: [
          'dist/cdn/standalone/lemma-index.js',
          'dist/cdn/standalone/chunks/lemma-index/nabijheid-en-sociaal-werk-search-????????.js',
        ],
        limit: '16 kB',
      },
      {
        name: '<lemma-index> search: MiniSearch and the search texts (loaded when the search field gets focus)',
        path: [
          'dist/cdn/standalone/chunks/lemma-index/search-????????.js',
          'dist/cdn/standalone/chunks/lemma-index/nabijheid-en-sociaal-werk-search-texts-????????.js',
        ],
        limit: '32 kB',
      },
    ],
  },
  'lemma-term': {
    standaloneName: ': element + Lit (standalone build)',
    standalone: '12 kB',
    single: '137.5 kB',
  },
};

/**
 * An element without a row: about what a small element with Lit and the kit's core weighs, with room to grow a
 * little. An element that needs more gets a row above.
 */
const DEFAULT_BUDGET = { standaloneName: ': element + Lit (standalone build)', standalone: '12 kB', single: '12 kB' };

/** Elements in the table's order, then any others (new ones) by name. */
const folders = readdirSync(new URL('./src/elements/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const elements = [
  ...Object.keys(ELEMENT_BUDGETS).filter((tag) => folders.includes(tag)),
  ...folders.filter((tag) => !(tag in ELEMENT_BUDGETS)).sort(),
];
const budget = (tag) => ELEMENT_BUDGETS[tag] ?? DEFAULT_BUDGET;

/** " with…" or ": …" follows the tag directly. */
const named = (tag, text) => `<${tag}>${text.startsWith(':') ? '' : ' '}${text}`;

const standaloneEntries = elements.flatMap((tag) => [
  {
    name: named(tag, budget(tag).standaloneName),
    path: `dist/cdn/standalone/${tag}.js`,
    limit: budget(tag).standalone,
    gzip,
  },
  ...(budget(tag).extra ?? []).map((entry) => ({ ...entry, gzip })),
]);

const singleEntries = elements.map((tag) => ({
  name: `<${tag}> as one file (classic script, every built-in item inside: sandboxed iframes, file://, SCORM)`,
  path: `dist/cdn/single/${tag}.js`,
  limit: budget(tag).single,
  gzip,
}));

export default [
  ...standaloneEntries,
  {
    name: 'autoloader dist/cdn/nabij.js (with the chunk graph: what to request beside each element)',
    path: 'dist/cdn/nabij.js',
    limit: '1.2 kB',
    gzip,
  },
  {
    name: 'progressive markup upgrade (loaded by the autoloader only when a page has Nabij links)',
    path: 'dist/cdn/chunks/upgrade-markup-*.js',
    limit: '1.5 kB',
    gzip,
  },
  {
    name: 'largest built-in lemma (target: 3 kB)',
    path: 'dist/cdn/chunks/content/lemmas/sociale-basis.js',
    limit: '4 kB',
    gzip,
  },
  ...singleEntries,
  {
    name: "embed page's own script (dist/embed/embed.js; the element's single-file script comes on top)",
    path: 'dist/embed/embed.js',
    limit: '2 kB',
    gzip,
  },
  {
    name: 'host page resizer dist/embed/resizer.js',
    path: 'dist/embed/resizer.js',
    limit: '1.5 kB',
    gzip,
  },
  {
    name: 'SCORM 1.2 adapter, inlined in every SCORM export (dist/embed/scorm-adapter.js)',
    path: 'dist/embed/scorm-adapter.js',
    limit: '2.5 kB',
    gzip,
  },
];
