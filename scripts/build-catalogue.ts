/**
 * Writes dist/embed/catalogue.json: every element with the attributes a host may set and, where it shows
 * built-in items, the attribute that names one and each item's id and title. The embed-code builder, the
 * oEmbed files and `npx nabij export` read it, so they offer exactly what this build contains and need no
 * Lit or DOM in Node.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { elementAttributes } from '../src/generated/elements.js';
import { itemSlots, itemTitle } from '../src/hosts/items.js';
import { VERSION } from '../src/core/version.js';

export interface Catalogue {
  version: string;
  elements: Record<
    string,
    { attributes: readonly string[]; item?: { attribute: string; items: { id: string; title: string }[] } }
  >;
}

const catalogue: Catalogue = { version: VERSION, elements: {} };
for (const [tag, attributes] of Object.entries(elementAttributes)) {
  const slot = Object.hasOwn(itemSlots, tag) ? itemSlots[tag] : undefined;
  const items = slot
    ? await Promise.all(slot.ids.map(async (id) => ({ id, title: (await itemTitle(tag, id)) ?? id })))
    : undefined;
  catalogue.elements[tag] = { attributes, ...(slot && items ? { item: { attribute: slot.attribute, items } } : {}) };
}
const outDir = join(new URL('..', import.meta.url).pathname, 'dist', 'embed');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'catalogue.json'), `${JSON.stringify(catalogue, null, 2)}\n`);
console.log(`catalogue: ${Object.keys(catalogue.elements).length} elements → dist/embed/catalogue.json`);
