/**
 * The catalogue of elements and built-in items (dist/embed/catalogue.json): every element with the attributes a
 * host may set and, where it shows built-in items, the attribute that names one and each item's id and title.
 * scripts/build/build-catalogue.ts writes it; the test server builds the same one in memory for its export route.
 */
import { elementAttributes } from '../generated/elements.js';
import { VERSION } from '../core/version.js';
import { itemSlots, itemTitle } from './items.js';

export interface Catalogue {
  version: string;
  elements: Record<
    string,
    { attributes: readonly string[]; item?: { attribute: string; items: { id: string; title: string }[] } }
  >;
}

export async function buildCatalogue(): Promise<Catalogue> {
  const catalogue: Catalogue = { version: VERSION, elements: {} };
  for (const [tag, attributes] of Object.entries(elementAttributes)) {
    const slot = Object.hasOwn(itemSlots, tag) ? itemSlots[tag] : undefined;
    const items = slot
      ? await Promise.all(slot.ids.map(async (id) => ({ id, title: (await itemTitle(tag, id)) ?? id })))
      : undefined;
    catalogue.elements[tag] = { attributes, ...(slot && items ? { item: { attribute: slot.attribute, items } } : {}) };
  }
  return catalogue;
}
