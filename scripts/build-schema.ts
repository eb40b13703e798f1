/**
 * Publishes the content schema as JSON Schema (dist/schema/<type>.json), converted from the same valibot
 * definitions the elements validate with, so the published file and the run-time check cannot drift apart.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toJsonSchema } from '@valibot/to-json-schema';
import { CONTENT_FORMAT_VERSION, publishedSchemas } from '../src/content/schema.js';
import { VERSION } from '../src/core/version.js';

const outDir = join(new URL('..', import.meta.url).pathname, 'dist', 'schema');
mkdirSync(outDir, { recursive: true });
for (const [name, schema] of Object.entries(publishedSchemas)) {
  const jsonSchema = {
    ...toJsonSchema(schema, { errorMode: 'throw' }),
    $id: `urn:nabij:schema:${name}:${CONTENT_FORMAT_VERSION}`,
    description: `Content format ${CONTENT_FORMAT_VERSION} of Nabij ${VERSION}; see README.md, section Content format.`,
    title: `Nabij ${name} (content format ${CONTENT_FORMAT_VERSION})`,
  };
  writeFileSync(join(outDir, `${name}.json`), `${JSON.stringify(jsonSchema, null, 2)}\n`);
  console.log(`schema: dist/schema/${name}.json`);
}
