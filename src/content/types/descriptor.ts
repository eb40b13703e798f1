/**
 * A content type, described once: its schema, the name of its published JSON Schema, where its built-in items
 * come from and where the build puts them, and the names an element uses to find and load them. The content
 * build (scripts/build/content/) compiles every type through its descriptor, in the order of `contentTypes`;
 * the id → module tables, the loaders (`loadBuiltin<Name>`, `isBuiltin<Name>`, `builtin<Name>Ids`), the
 * element's content source and the published JSON Schemas are generated from it. Adding a type: a descriptor here, a folder in content/ and its
 * builder in scripts/build/content/types/.
 *
 * Elements never import a descriptor (it holds the schema, which only publisher content needs); they import the
 * generated loaders, which are plain tables.
 */
import type { GenericSchema, InferOutput } from 'valibot';

/** Where the build writes a type's built-in items, and how elements find them. */
export type BuiltinOutput =
  | {
      /**
       * One module per item, `src/generated/<dir>/<id><suffix>.ts`, loaded on demand through an id table;
       * `src/generated/<type>-source.ts` imports that table on first use.
       */
      kind: 'modules';
      dir: string;
      /** Tells the chunk of a derived item apart from its source's (`-search`, `-glossary`). */
      suffix?: string;
      /** `src/generated/<table>.ts`: the id → module table and the type's loaders. */
      table: string;
      /** `Lemma` gives `isBuiltinLemma`, `loadBuiltinLemma` and `builtinLemmaIds`. */
      name: string;
    }
  | {
      /** Every item inline in one module, `src/generated/<module>.ts` exporting `<exportName>` (id → item). */
      kind: 'table';
      module: string;
      exportName: string;
      /** The TypeScript type of one item, as the generated module declares it. */
      itemType: string;
    };

export interface ContentType<TSchema extends GenericSchema = GenericSchema> {
  /** The item's `type` field (where it has one), and the type's name everywhere else. */
  type: string;
  /** What one item is, for the generated modules and the reader. */
  description: string;
  schema: TSchema;
  /** Published as `dist/schema/<jsonSchema>.json`; absent for internal formats. */
  jsonSchema?: string;
  /** The authored files the build compiles it from, or the types it is derived from. */
  source: string;
  builtin: BuiltinOutput;
  /**
   * For a type an element shows: the build writes `src/generated/<type>-source.ts` with its `ContentSource`
   * (`lemmaSource`), which the element names once (`static contentSource = lemmaSource`).
   */
  element?: {
    /** First part of the activity path of its `experienced` statements (`lemma` → `['lemma', id]`). */
    activity: string;
    /** The item's TypeScript type in src/content/schema.ts; `src/content/validators/<type>.ts` exports `validate<itemType>`. */
    itemType: string;
  };
}

export type ContentItem<T extends ContentType> = InferOutput<T['schema']>;

/** Keeps the schema's type, so builders and tests get the item type from the descriptor. */
export function defineContentType<TSchema extends GenericSchema>(type: ContentType<TSchema>): ContentType<TSchema> {
  return type;
}
