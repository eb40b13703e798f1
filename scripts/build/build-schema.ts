/**
 * Publishes the content schema as JSON Schema (dist/schema/<name>.json), one file per content type whose
 * descriptor names one, converted from the same valibot definitions the elements validate with, so the
 * published file and the run-time check cannot drift apart.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toJsonSchema } from '@valibot/to-json-schema';
import { CONTENT_FORMAT_VERSION } from '../../src/content/schema.js';
import { contentTypes } from '../../src/content/types/index.js';
import { VERSION } from '../../src/core/version.js';

const outDir = join(new URL('../..', import.meta.url).pathname, 'dist', 'schema');
mkdirSync(outDir, { recursive: true });
for (const { jsonSchema: name, schema } of contentTypes) {
  if (!name) continue;
  const jsonSchema = {
    ...toJsonSchema(schema, { errorMode: 'throw' }),
    $id: `urn:nabij:schema:${name}:${CONTENT_FORMAT_VERSION}`,
    description: `Content format ${CONTENT_FORMAT_VERSION} of Nabij ${VERSION}; see README.md, section Content format.`,
    title: `Nabij ${name} (content format ${CONTENT_FORMAT_VERSION})`,
  };
  writeFileSync(join(outDir, `${name}.json`), `${JSON.stringify(jsonSchema, null, 2)}\n`);
  console.log(`schema: dist/schema/${name}.json`);
}
