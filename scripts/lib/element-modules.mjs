/**
 * The tag → define-module map, read from custom-elements.json (not a hand-kept list): every module that
 * declares a custom element has a `define.ts` beside it that registers the tag. The CDN autoloader and the
 * test server both serve this map as the virtual module `virtual:nabij-elements`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;

/** @returns {{ tag: string, definePath: string }[]} definePath is relative to the project root */
export function elementModules() {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const found = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      const definePath = join(dirname(module.path), 'define.ts');
      if (!existsSync(join(root, definePath))) {
        throw new Error(`<${declaration.tagName}> (${module.path}) has no define.ts beside it`);
      }
      found.push({ tag: declaration.tagName, definePath });
    }
  }
  if (!found.length) throw new Error('custom-elements.json lists no elements; run npm run analyze');
  return found;
}

export const VIRTUAL_ELEMENTS_ID = 'virtual:nabij-elements';

/**
 * Source of the virtual module, with import specifiers made by `toSpecifier(definePath)`. Its `chunkGraph`
 * (see chunkGraph below) is a placeholder that the CDN build fills in; elsewhere (the test server, which serves
 * sources, not chunks) it is empty, so the autoloader requests nothing beside the element's module.
 */
export function elementsModuleSource(toSpecifier, { withChunkGraph = false } = {}) {
  const entries = elementModules().map(
    ({ tag, definePath }) => `  ${JSON.stringify(tag)}: () => import(${JSON.stringify(toSpecifier(definePath))}),`,
  );
  const graph = withChunkGraph ? JSON.stringify(CHUNK_GRAPH_PLACEHOLDER) : '{ files: [], elements: {}, content: {} }';
  return `export default {\n${entries.join('\n')}\n};\nexport const chunkGraph = ${graph};\n`;
}

/**
 * The built-in items an element shows at its first render, named by its attributes: the autoloader requests
 * these in parallel with the element's code, so a page is ready two request steps after its HTML. `module` is
 * the item's file under src/generated/ with `{}` for the id (the CDN build names each item's chunk after that
 * path); `when` names an attribute that must be present for the item to be shown; `numbered` turns a bare
 * number into an id (`casus="8"` → `casus-8`, as the element does). Without the attribute the element's
 * default (from custom-elements.json) applies. A new element without built-in content needs no entry.
 */
export const FIRST_RENDER_CONTENT = {
  'lemma-card': [{ attribute: 'lemma', module: 'lemmas/{}' }],
  'lemma-term': [
    { attribute: 'lemma', module: 'lemmas/{}' },
    { attribute: 'lexicon', module: 'glossary/{}-glossary', when: 'term' },
  ],
  'ladder-van-verbintenis': [{ attribute: 'ladder', module: 'ladders/{}' }],
  'casus-viewer': [{ attribute: 'casus', module: 'cases/{}', numbered: 'casus-' }],
  'casus-index': [{ attribute: 'casebook', module: 'casebooks/{}' }],
  'lemma-index': [
    { attribute: 'lexicon', module: 'search/{}-search' },
    { attribute: 'lexicon', module: 'lexicons/{}' },
  ],
};

/**
 * The CDN build's file name for a generated item module (src/generated/<folder>/<id>.ts) or loader table
 * (src/generated/<type>-index.ts), else undefined. Readable and without a hash: the autoloader names items
 * from attributes, and the CDN path carries the release.
 */
export function contentChunkName(moduleId) {
  const item = /\/src\/generated\/([a-z0-9-]+)\/([a-z0-9-]+)\.ts$/.exec(moduleId ?? '');
  if (item) return `chunks/content/${item[1]}/${item[2]}.js`;
  const table = /\/src\/generated\/([a-z0-9-]+-index)\.ts$/.exec(moduleId ?? '');
  return table ? `chunks/content/tables/${table[1]}.js` : undefined;
}

/**
 * An attribute's default as custom-elements.json gives it: a string literal, or a constant of the element's
 * module (`DEFAULT_LEXICON`) read from its source; failing both, the only built-in item of that kind.
 */
function defaultItem(modulePath, attribute, folder) {
  const value = attribute?.default;
  const literal = /^'([a-z0-9-]*)'$/.exec(value ?? '');
  if (literal) return literal[1];
  if (value && /^[A-Z_]+$/.test(value)) {
    const source = readFileSync(join(root, modulePath), 'utf8');
    const constant = new RegExp(`const ${value}\\s*=\\s*'([a-z0-9-]+)'`).exec(source);
    if (constant) return constant[1];
  }
  const items = existsSync(join(root, 'src/generated', folder)) ? readdirSync(join(root, 'src/generated', folder)) : [];
  return items.length === 1 ? items[0].replace(/\.ts$/, '') : '';
}

/**
 * Per tag, the rules the autoloader applies to an element's attributes to name its items' chunks:
 * `[attribute, default id, chunk file with {} for the id, required attribute, prefix for a bare number]`; the
 * CDN build adds the chunks on the way to such an item (see chunkGraph).
 */
export function contentRules() {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const rules = {};
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      const wanted = FIRST_RENDER_CONTENT[declaration.tagName];
      if (!declaration.customElement || !wanted) continue;
      rules[declaration.tagName] = wanted.map(({ attribute, module: itemModule, when = '', numbered = '' }) => {
        const folder = itemModule.split('/')[0];
        const declared = declaration.attributes?.find((candidate) => candidate.name === attribute);
        if (!declared) throw new Error(`<${declaration.tagName}> has no attribute ${attribute} (FIRST_RENDER_CONTENT)`);
        // The same name contentChunkName gives the item's module.
        return [
          attribute,
          defaultItem(module.path, declared, folder),
          `chunks/content/${itemModule}.js`,
          when,
          numbered,
        ];
      });
    }
  }
  return rules;
}

/** Stands in the autoloader's source for the chunk graph until the CDN build knows its file names. */
export const CHUNK_GRAPH_PLACEHOLDER = '__NABIJ_CHUNK_GRAPH__';

/**
 * What the autoloader requests beside an element's module, from the CDN build's chunks (`meta.chunks` of
 * renderChunk; file names may hold hash placeholders, which rollup fills in): per tag, the chunks its module
 * imports statically (all of them, transitively, so none waits for its importer), and the chunks on the way
 * from its code to its items (a loader table that the element imports on demand). Files are listed once and
 * referred to by index, to keep the autoloader small.
 */
export function chunkGraph(chunks, rules) {
  const files = [];
  const index = (file) => (files.includes(file) ? files.indexOf(file) : files.push(file) - 1);
  const closure = (start, into = new Set()) => {
    for (const file of start) {
      if (into.has(file) || !chunks[file]) continue;
      into.add(file);
      closure(chunks[file].imports, into);
    }
    return into;
  };
  const elements = {};
  const content = {};
  for (const { tag } of elementModules()) {
    const entry = `${tag}.js`;
    if (!chunks[entry]) throw new Error(`the CDN build has no ${entry}`);
    const needed = closure(chunks[entry].imports);
    needed.delete(entry);
    elements[tag] = [...needed].map(index);
    content[tag] = (rules[tag] ?? []).map((rule) => {
      const folder = rule[2].slice(0, rule[2].lastIndexOf('/') + 1);
      // Breadth first through on-demand imports, from the element's code to a chunk that imports items of this
      // kind (a loader table): that chunk and the ones on the way there are requested with the item.
      const cameFrom = new Map([entry, ...needed].map((file) => [file, undefined]));
      let frontier = [...cameFrom.keys()];
      let found;
      while (frontier.length && !found) {
        const next = [];
        for (const file of frontier) {
          const targets = chunks[file]?.dynamicImports ?? [];
          if (targets.some((target) => target.startsWith(folder))) {
            found = file;
            break;
          }
          for (const target of targets.filter((target) => !cameFrom.has(target))) {
            cameFrom.set(target, file);
            next.push(target);
          }
        }
        frontier = next;
      }
      if (!found) throw new Error(`<${tag}>: no chunk of the CDN build imports ${folder}*`);
      const onTheWay = new Set();
      for (let file = found; cameFrom.get(file) !== undefined; file = cameFrom.get(file)) closure([file], onTheWay);
      return [...rule, [...onTheWay].filter((file) => file !== entry && !needed.has(file)).map(index)];
    });
  }
  return { files, elements, content };
}
