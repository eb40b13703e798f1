/** Ladders are YAML files (structured data with short texts); each must belong to a lemma that exists. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Ladder } from '../../../../src/content/schema.js';
import { ladderType, lemmaType, lexiconType } from '../../../../src/content/types/index.js';
import { fail, itemHeader, LICENCE } from '../authored.js';
import { defineBuilder, onlyItem } from '../builder.js';

export const ladderBuilder = defineBuilder({
  type: ladderType,
  build(context, validated) {
    const dir = join(context.contentDir, 'ladders');
    const lemmaIds = context.items(lemmaType);
    const lexicon = onlyItem(context.items(lexiconType))!;
    const ladders = new Map<string, Ladder>();
    for (const name of readdirSync(dir).filter((entry) => entry.endsWith('.yaml'))) {
      const file = join(dir, name);
      const data = parseYaml(readFileSync(file, 'utf8')) as Record<string, unknown>;
      if (`${String(data.id)}.yaml` !== name) fail(file, `file name must be ${String(data.id)}.yaml`);
      if (data.lemma && !lemmaIds.has(String(data.lemma))) fail(file, `lemma: ${String(data.lemma)} does not exist`);
      // Our own ladders say for every rung whose valuation it is, so an editorial one is never shown as the source's.
      for (const rung of (data.rungs as Record<string, unknown>[] | undefined) ?? []) {
        if (!rung.valuationBy) fail(file, `rung ${String(rung.id)}: valuationBy (source or editorial) is missing`);
      }
      const { locator, basedOn, ...rest } = data;
      const ladder = validated(file, {
        ...rest,
        ...itemHeader('ladder', data, lexicon.lang),
        references: [...(basedOn ? [basedOn] : []), ...((data.references as unknown[]) ?? [])],
        source: {
          publication: lexicon.title,
          editors: lexicon.editors,
          authors: data.authors,
          year: lexicon.year,
          locator,
          licence: LICENCE,
        },
      });
      ladders.set(ladder.id, ladder);
    }
    return ladders;
  },
});
