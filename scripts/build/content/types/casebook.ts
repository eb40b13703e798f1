/** The casebook's front matter (YAML + a Markdown summary) with a short entry per case, for an index. */
import { caseType, casebookType } from '../../../../src/content/types/index.js';
import { itemHeader } from '../authored.js';
import { defineBuilder } from '../builder.js';
import { bodyToSummaryAndSections } from '../rich-text.js';
import { readCasebookFront } from './case.js';

export const casebookBuilder = defineBuilder({
  type: casebookType,
  build(context, validated) {
    const book = readCasebookFront(context.contentDir);
    if (!book) return new Map();
    const { front, parts, source } = book;
    const meta = front.data;
    const intro = bodyToSummaryAndSections(front.body, front.file);
    const casebook = validated(front.file, {
      ...itemHeader('casebook', meta),
      title: meta.title,
      subtitle: meta.subtitle,
      publisher: meta.publisher,
      year: String(meta.year),
      audience: meta.audience,
      summary: intro.summary,
      parts,
      sections: meta.sections,
      references: meta.references,
      cases: [...context.items(caseType).values()].map(({ id, number, title, part, description, actors, keywords }) => ({
        id,
        number,
        title,
        part: part.id,
        description,
        actors,
        keywords,
      })),
      source: { ...source, locator: meta.locator },
    });
    return new Map([[casebook.id, casebook]]);
  },
});
