/**
 * The tag → define-module map, read from custom-elements.json (not a hand-kept list): every module that
 * declares a custom element has a `define.ts` beside it that registers the tag. The CDN autoloader and the
 * test server both serve this map as the virtual module `virtual:nabij-elements`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

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

/** Source of the virtual module, with import specifiers made by `toSpecifier(definePath)`. */
export function elementsModuleSource(toSpecifier) {
  const entries = elementModules().map(
    ({ tag, definePath }) => `  ${JSON.stringify(tag)}: () => import(${JSON.stringify(toSpecifier(definePath))}),`,
  );
  return `export default {\n${entries.join('\n')}\n};\n`;
}
