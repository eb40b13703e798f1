import { CasebookSchema } from '../schema.js';
import { defineContentType } from './descriptor.js';

export const casebookType = defineContentType({
  type: 'casebook',
  description: "A casebook's front matter plus a short entry per case, so an index needs one small module.",
  schema: CasebookSchema,
  jsonSchema: 'casebook',
  source: 'content/casebook/<id>.md (YAML front matter, Markdown summary) and its cases',
  builtin: { kind: 'modules', dir: 'casebooks', table: 'casebook-index', name: 'Casebook' },
  element: { activity: 'casusbundel', itemType: 'Casebook' },
});
