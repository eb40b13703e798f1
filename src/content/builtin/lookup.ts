/**
 * Access to the built-in dataset. Each item is its own module (generated from content/ by
 * `scripts/build/build-content.ts`), imported only when an element asks for it: a page that shows one lemma
 * downloads that lemma and nothing else. Each content type has its own id → module table (generated from its
 * descriptor). Its source module (src/generated/<type>-source.ts) imports the table on first use; the autoloader
 * preloads it beside the element, and the npm build makes that import static, so the item is one request after
 * the element either way.
 */
export type ModuleTable = Record<string, () => Promise<{ default: unknown }>>;

/** The item's data, or undefined when the table has no such id. */
export function loadFrom(table: ModuleTable, id: string): Promise<unknown> {
  const load = Object.hasOwn(table, id) ? table[id] : undefined;
  return load ? load().then((module) => module.default) : Promise.resolve(undefined);
}
