import { CaseSchema } from '../schema.js';
import { defineContentType } from './descriptor.js';

export const caseType = defineContentType({
  type: 'case',
  description: 'One case of a casebook: metadata, lead, introduction, sections and questions.',
  schema: CaseSchema,
  jsonSchema: 'case',
  source: 'content/casebook/cases/casus-NN.md (YAML front matter, Markdown introduction and ## sections)',
  builtin: { kind: 'modules', dir: 'cases', table: 'case-index', name: 'Case' },
  element: { activity: 'casus', itemType: 'Case' },
});
