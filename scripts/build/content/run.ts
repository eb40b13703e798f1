/**
 * Compiles every content type through its descriptor, in the order of `contentTypes`: its builder makes the
 * items, each checked against the descriptor's schema, and the items go where the descriptor says.
 */
import type { GenericSchema } from 'valibot';
import { validateContent } from '../../../src/content/validate.js';
import { contentTypes, type ContentType } from '../../../src/content/types/index.js';
import { describeContentError } from '../../../src/i18n/error-messages.js';
import { fail } from './authored.js';
import type { BuildContext, TypeBuilder } from './builder.js';
import type { BuiltType } from './emit.js';
import { builders } from './types/index.js';

function validator<TSchema extends GenericSchema>(type: ContentType<TSchema>) {
  return (file: string, item: unknown) => {
    const result = validateContent(type.schema, item);
    if (!result.ok) {
      const lines = describeContentError({ code: 'invalid-content', issues: result.issues }, 'en');
      fail(file, `invalid content\n  ${lines.join('\n  ')}`);
    }
    return result.value;
  };
}

/** The items of every type (id → item), and what each item's module holds. */
export function buildContent(contentDir: string): { items: BuildContext['items']; built: BuiltType[] } {
  const done = new Map<ContentType, Map<string, unknown>>();
  const context: BuildContext = {
    contentDir,
    items(type) {
      const items = done.get(type);
      if (!items) throw new Error(`content type ${type.type} is used before it is built (see contentTypes' order)`);
      return items as ReturnType<BuildContext['items']>;
    },
  };
  const unpaired = builders.filter((builder) => !(contentTypes as readonly ContentType[]).includes(builder.type));
  if (unpaired.length) throw new Error(`builders without a descriptor in contentTypes: ${unpaired.map((b) => b.type.type)}`);
  const built: BuiltType[] = [];
  for (const type of contentTypes as readonly ContentType[]) {
    const builder = builders.find((candidate) => candidate.type === type) as TypeBuilder<GenericSchema> | undefined;
    if (!builder) throw new Error(`content type ${type.type} has no builder in scripts/build/content/types/`);
    const items = builder.build(context, validator(type));
    done.set(type, items);
    const toModule = builder.moduleValue?.bind(builder) ?? ((item: unknown) => item);
    built.push({ type, modules: new Map([...items].map(([id, item]) => [id, toModule(item)])) });
  }
  return { items: context.items, built };
}
