/**
 * A builder compiles one content type, through its descriptor (src/content/types/): the runner hands it a
 * `validated` function bound to the descriptor's schema and the items of the types compiled before it, and
 * writes what it returns where the descriptor says.
 */
import type { GenericSchema, InferOutput } from 'valibot';
import type { ContentType } from '../../../src/content/types/index.js';

export interface BuildContext {
  /** content/ */
  contentDir: string;
  /** The items (id → item) of a type compiled earlier: builders run in the order of `contentTypes`. */
  items<TSchema extends GenericSchema>(type: ContentType<TSchema>): Map<string, InferOutput<TSchema>>;
}

export interface TypeBuilder<TSchema extends GenericSchema> {
  type: ContentType<TSchema>;
  /**
   * The type's items, id → item, in the source's order. `validated` checks an item against the descriptor's
   * schema and fails the build with the file and every field path when it does not fit.
   */
  build(
    context: BuildContext,
    validated: (file: string, item: unknown) => InferOutput<TSchema>,
  ): Map<string, InferOutput<TSchema>>;
  /** What an item's module holds, when that is less than the item the build works with. */
  moduleValue?(item: InferOutput<TSchema>): unknown;
}

/** Keeps the item type of the descriptor's schema in the builder's functions. */
export function defineBuilder<TSchema extends GenericSchema>(builder: TypeBuilder<TSchema>): TypeBuilder<TSchema> {
  return builder;
}

/** The one item of a type that has exactly one built in (the lexicon), or undefined when it has none. */
export function onlyItem<T>(items: Map<string, T>): T | undefined {
  return items.values().next().value;
}
