import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyTemplateLiterals from 'rollup-plugin-minify-template-literals';
import {
  CHUNK_GRAPH_PLACEHOLDER,
  chunkGraph,
  contentChunkName,
  contentRules,
  elementsModuleSource,
  VIRTUAL_ELEMENTS_ID,
} from './scripts/lib/element-modules.mjs';

const root = new URL('.', import.meta.url).pathname;
/** One folder per element under src/elements/: each gives two npm entries. */
const elements = readdirSync('src/elements', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * Serves `virtual:nabij-elements` (tag → define module) from custom-elements.json, and writes into the
 * autoloader, once the chunks are known, what it requests beside each element (scripts/lib/element-modules.mjs):
 * the element's static chunks and the chunks that name its items. The names it writes may hold rollup's hash
 * placeholders, which rollup replaces with the final hashes afterwards.
 */
function elementsFromManifest() {
  const resolvedId = `\0${VIRTUAL_ELEMENTS_ID}`;
  const placeholder = JSON.stringify(CHUNK_GRAPH_PLACEHOLDER);
  return {
    name: 'nabij-elements-from-manifest',
    resolveId: (id) => (id === VIRTUAL_ELEMENTS_ID ? resolvedId : null),
    load: (id) =>
      id === resolvedId ? elementsModuleSource((path) => resolvePath(root, path), { withChunkGraph: true }) : null,
    renderChunk(code, chunk, _options, meta) {
      if (!code.includes(placeholder)) return null;
      // Only the end of one line changes (before minifying), so the source map needs no update.
      return { code: code.replace(placeholder, JSON.stringify(chunkGraph(meta.chunks, contentRules()))), map: null };
    },
  };
}

/**
 * npm build: each content source imports its id table statically, so a bundler puts the table in the element's
 * own chunk and an item is one request after the element (the CDN builds keep the table a chunk of its own,
 * which the autoloader preloads beside the element). A source without that line fails the build rather than
 * keep the extra step unnoticed.
 */
function staticContentTables() {
  const lazyTable = /^const table = \(\) => import\('(\.\/[\w-]+\.js)'\);$/m;
  return {
    name: 'nabij-static-content-tables',
    transform(code, id) {
      if (!/\/src\/generated\/[\w-]+-source\.ts$/.test(id)) return null;
      if (!lazyTable.test(code)) this.error(`${id}: no lazy table import to make static`);
      return {
        code: code.replace(
          lazyTable,
          "import * as tableModule from '$1';\nconst table = () => Promise.resolve(tableModule);",
        ),
        map: null,
      };
    },
  };
}

const sharedChunks = ['validator', 'nabij-core', 'casus-shared', 'lexicon-tables'];

const onwarn = (warning, warn) => {
  // Lit's decorators compile to `this` at module level in TS helpers; nothing else may warn.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  // The single-file scripts register their element; their exports are for module users and need no global name.
  if (warning.code === 'MISSING_NAME_OPTION_FOR_IIFE_EXPORT') return;
  warn(warning);
};

/** npm build: ES modules with bare `lit`/`valibot` imports, so the user's bundler keeps one copy of each. */
const npm = {
  input: {
    index: 'src/index.ts',
    ...Object.fromEntries(
      elements.flatMap((name) => [
        [name, `src/elements/${name}/define.ts`],
        [`elements/${name}`, `src/elements/${name}/${name}.ts`],
      ]),
    ),
  },
  external: [/^lit(\/|$)/, /^@lit\//, /^valibot$/],
  output: {
    dir: 'dist',
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
  },
  plugins: [
    staticContentTables(),
    resolve(),
    typescript({ tsconfig: './tsconfig.json', declaration: true, declarationDir: 'dist/types', outDir: 'dist' }),
  ],
  onwarn,
};

/** Plugins for the browser-ready builds; each build needs its own TypeScript instance for its outDir. */
function browserPlugins(outDir) {
  return [
    elementsFromManifest(),
    // Lit's html`` and css`` templates keep their white space through terser; minify them (keeping one space
    // where there was white space, so text like "(2019). Title" keeps its spaces).
    minifyTemplateLiterals({ options: { minifyOptions: { conservativeCollapse: true } } }),
    resolve(),
    typescript({ tsconfig: './tsconfig.json', declaration: false, declarationMap: false, outDir }),
  ];
}

/**
 * CDN build: everything bundled (Lit once, in a shared chunk) and minified. `nabij.js` is the autoloader;
 * `<element>.js` registers one element directly. Content items stay separate chunks, loaded on demand.
 */
const cdn = {
  // Lazy chunks may import from an entry file itself, so no entry becomes a facade for a chunk (one more step).
  preserveEntrySignatures: 'allow-extension',
  input: {
    nabij: 'src/autoload.ts',
    ...Object.fromEntries(elements.map((name) => [name, `src/elements/${name}/define.ts`])),
  },
  output: {
    dir: 'dist/cdn',
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    // Shared code gets stable names (nabij-core, validator) so size budgets can point at them. A built-in item
    // is named after its module (chunks/content/lemmas/presentie.js), so the autoloader can name the item an
    // element shows from its attributes, with no table; the versioned CDN path keeps the name unique per release
    // (the entry files are unhashed too). Other chunks keep a hash.
    chunkFileNames: (chunk) =>
      contentChunkName(chunk.facadeModuleId) ??
      (sharedChunks.includes(chunk.name) ? 'chunks/[name].js' : 'chunks/[name]-[hash].js'),
    manualChunks(id) {
      // Lit's core and ours in one chunk: every element needs both, and each chunk is a request. Lit's
      // directives (style-map…) go with the element that uses them; their small base class is shared.
      if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(id) && !/\/directives\//.test(id))
        return 'nabij-core';
      // The validator (valibot and our schema) is loaded only for publisher content.
      if (/node_modules\/valibot\/|\/src\/content\/(schema\.ts|validate\.ts|validators\/)/.test(id)) return 'validator';
      // What the two casus elements share (texts, styles, the loaders and tables of cases and casebooks), in one
      // chunk.
      if (
        /\/src\/(elements\/casus-viewer\/casus(\.messages|-viewer\.styles)|shared\/casus\.styles|i18n\/nl\/casus|generated\/(case|casebook)-(index|source))\.ts$/.test(
          id,
        )
      )
        return 'casus-shared';
      // The lemma and glossary tables and loaders, which the three lemma elements share, in one chunk: whether a
      // table is imported on demand or with its loader, it never joins the core (every element would load every
      // table) nor makes a chunk (a request) of its own. The lexicon's list and search tables stay with
      // <lemma-index>, the one element that uses them, so a card does not load them.
      if (
        /\/src\/(content\/builtin\/(lemma-cases|glossary)|generated\/((lemma|glossary)-index|lemma-source))\.ts$/.test(
          id,
        )
      )
        return 'lexicon-tables';
      // Modules loaded on demand (error report, English strings, statements) and the ladder's loader (generated, so
      // outside this rule: it goes with the one element that uses it) stay out of the core; the small helpers several elements import (rich
      // text, disclosure, storage, host state, the shared Dutch strings) go in, since a chunk of their own would be
      // one more request for each of them.
      // (The error texts, src/i18n/*/errors.ts, load with the error report only.)
      // The list/entry/field styles both index elements share are core styles (kept in src/shared/ beside the casus
      // styles, which go with the casus pair).
      if (/\/src\/(i18n\/nl\/shared|shared\/index\.styles)\.ts$/.test(id)) return 'nabij-core';
      if (
        /\/src\/(core|content)\//.test(id) &&
        !/(error-report|i18n-en|inline-size|statements|content\/builtin\/search)\.ts$/.test(id)
      )
        return 'nabij-core';
      return undefined;
    },
    plugins: [
      terser({
        ecma: 2022,
        module: true,
        compress: { passes: 2 },
        format: { comments: false },
      }),
    ],
  },
  plugins: browserPlugins('dist/cdn'),
  onwarn,
};

/**
 * Standalone build: one file per element with Lit and the validator inside (content items, English strings and
 * the error report stay lazy chunks). For pages that use a single element, or an LMS that takes one uploaded
 * file; it is also what the size budget measures.
 */
const standalone = elements.map((name) => ({
  input: { [name]: `src/elements/${name}/define.ts` },
  // Let lazy chunks import from the entry file itself, so the element stays one file (no facade chunk).
  preserveEntrySignatures: 'allow-extension',
  output: {
    ...cdn.output,
    dir: 'dist/cdn/standalone',
    manualChunks: undefined,
    // One chunk folder per element: each standalone file has its own copy of Lit and its lazy chunks.
    chunkFileNames: `chunks/${name}/[name]-[hash].js`,
  },
  plugins: browserPlugins('dist/cdn/standalone'),
  onwarn,
}));

/** Elements whose own content looks terms up in the glossary (`<lemma-term term="…">`). */
const GLOSSARY_USERS = ['lemma-term'];

/**
 * A single file inlines every module its element can reach. Cases and lemmas link lemmas (`<lemma-term
 * lemma="…">`), never glossary terms, so the single files of the other elements leave the glossary (about 40 kB
 * gzip) out: a `term="…"` lookup there says in its popover that it found no explanation. A page that needs term
 * lookups loads `single/lemma-term.js` first (the first copy of a release to register a tag serves the page).
 */
function withoutGlossary() {
  return {
    name: 'nabij-single-without-glossary',
    // The glossary's item module becomes empty: its table still answers, with no glossary to look in.
    load: (id) => (/\/src\/generated\/glossary\/[^/]+\.ts$/.test(id) ? 'export default undefined;' : null),
  };
}

/**
 * Single-file build: one classic (non-module) script per element with Lit, the validator, both languages and
 * every built-in item the element can show inlined, so it needs no other file. For places where module scripts
 * or chunks cannot load: a sandboxed iframe (an opaque origin makes module scripts CORS requests, which LMS file
 * stores refuse), a page opened from file://, an uploaded single file, a SCORM package.
 */
const single = elements.map((name) => ({
  input: `src/elements/${name}/define.ts`,
  output: {
    file: `dist/cdn/single/${name}.js`,
    format: 'iife',
    sourcemap: true,
    inlineDynamicImports: true,
    plugins: cdn.output.plugins,
  },
  plugins: [...(GLOSSARY_USERS.includes(name) ? [] : [withoutGlossary()]), ...browserPlugins('dist/cdn/single')],
  onwarn,
}));

/** Copies the embed page's HTML and CSS beside its script, under the names the page uses. */
function embedPageFiles() {
  return {
    name: 'nabij-embed-page-files',
    generateBundle() {
      for (const [source, fileName] of [
        ['src/hosts/embed-page.html', 'index.html'],
        ['src/hosts/embed-page.css', 'embed.css'],
      ])
        this.emitFile({ type: 'asset', fileName, source: readFileSync(source) });
    },
  };
}

/**
 * Iframe embed: dist/embed/index.html with its classic script (it adds dist/cdn/single/<tag>.js, so it works in
 * a sandboxed iframe), the host page's resizer (classic, for any page), and the snippet writer as an ES module
 * for `npx nabij oembed`.
 */
const embed = [
  {
    input: 'src/hosts/embed-page.ts',
    output: { file: 'dist/embed/embed.js', format: 'iife', sourcemap: true, plugins: cdn.output.plugins },
    plugins: [...browserPlugins('dist/embed'), embedPageFiles()],
    onwarn,
  },
  {
    input: 'src/hosts/resizer.ts',
    output: { file: 'dist/embed/resizer.js', format: 'iife', sourcemap: true, plugins: cdn.output.plugins },
    plugins: browserPlugins('dist/embed'),
    onwarn,
  },
  {
    input: 'src/hosts/embed-snippet.ts',
    output: { file: 'dist/embed/snippet.js', format: 'es', sourcemap: true },
    plugins: browserPlugins('dist/embed'),
    onwarn,
  },
];

/**
 * The SCORM 1.2 adapter (src/hosts/scorm.ts) as a classic script: `npx nabij export --scorm 1.2` inlines it
 * beside the element's single-file script. Built with the single files, which it always goes with.
 */
const scormAdapter = {
  input: 'src/hosts/scorm-page.ts',
  output: { file: 'dist/embed/scorm-adapter.js', format: 'iife', plugins: cdn.output.plugins },
  plugins: [
    resolve(),
    typescript({ tsconfig: './tsconfig.json', declaration: false, declarationMap: false, outDir: 'dist/embed' }),
  ],
  onwarn,
};

const builds = { npm: [npm], cdn: [cdn], standalone, single: [...single, scormAdapter], embed };
/** `NABIJ_BUILDS=cdn,single npx rollup -c` builds a part, for quick checks while working; CI builds them all. */
const chosen = process.env.NABIJ_BUILDS?.split(',').map((name) => name.trim()) ?? Object.keys(builds);
for (const name of chosen) if (!builds[name]) throw new Error(`NABIJ_BUILDS: no build named ${name}`);
// A full build starts from an empty dist/ so no chunk of an earlier build is packed or measured. A partial build
// (a quick local check) writes over its own files and keeps the other builds' output.
if (!process.env.NABIJ_BUILDS) rmSync(new URL('dist', import.meta.url), { recursive: true, force: true });

export default chosen.flatMap((name) => builds[name]);
