import { readdirSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyTemplateLiterals from 'rollup-plugin-minify-template-literals';
import { elementsModuleSource, VIRTUAL_ELEMENTS_ID } from './scripts/element-modules.mjs';

const root = new URL('.', import.meta.url).pathname;
/** One folder per element under src/elements/: each gives two npm entries. */
const elements = readdirSync('src/elements', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Serves `virtual:nabij-elements` (tag → define module) from custom-elements.json. */
function elementsFromManifest() {
  const resolvedId = `\0${VIRTUAL_ELEMENTS_ID}`;
  return {
    name: 'nabij-elements-from-manifest',
    resolveId: (id) => (id === VIRTUAL_ELEMENTS_ID ? resolvedId : null),
    load: (id) => (id === resolvedId ? elementsModuleSource((path) => resolvePath(root, path)) : null),
  };
}

const sharedChunks = ['lit', 'valibot', 'nabij-core'];

const onwarn = (warning, warn) => {
  // Lit's decorators compile to `this` at module level in TS helpers; nothing else may warn.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
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
    resolve(),
    typescript({ tsconfig: './tsconfig.json', declaration: true, declarationDir: 'dist/types', outDir: 'dist' }),
  ],
  onwarn,
};

/**
 * CDN build: everything bundled (Lit once, in a shared chunk) and minified. `nabij.js` is the autoloader;
 * `<element>.js` registers one element directly. Content items stay separate chunks, loaded on demand.
 */
const cdn = {
  input: {
    nabij: 'src/autoload.ts',
    ...Object.fromEntries(elements.map((name) => [name, `src/elements/${name}/define.ts`])),
  },
  output: {
    dir: 'dist/cdn',
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    // Shared code gets stable names (lit, valibot, nabij-core) so size budgets can point at them; content
    // items keep a hash because they change with every edit.
    chunkFileNames: (chunk) => (sharedChunks.includes(chunk.name) ? 'chunks/[name].js' : 'chunks/[name]-[hash].js'),
    manualChunks(id) {
      if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(id)) return 'lit';
      if (/node_modules\/valibot\//.test(id)) return 'valibot';
      // Lazily loaded modules (error report, English strings) stay chunks of their own.
      if (/\/src\/(core|content)\//.test(id) && !/(error-report|i18n-en)\.ts$/.test(id)) return 'nabij-core';
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
  plugins: [
    elementsFromManifest(),
    // Lit's html`` and css`` templates keep their white space through terser; minify them for the CDN.
    minifyTemplateLiterals({ options: { minifyOptions: { conservativeCollapse: true } } }),
    resolve(),
    typescript({ tsconfig: './tsconfig.json', declaration: false, declarationMap: false, outDir: 'dist/cdn' }),
  ],
  onwarn,
};

export default [npm, cdn];
