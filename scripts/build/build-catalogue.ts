/**
 * Writes dist/embed/catalogue.json (see src/hosts/catalogue.ts). The embed-code builder, the oEmbed files and
 * `npx nabij export` read it, so they offer exactly what this build contains and need no Lit or DOM in Node.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCatalogue } from '../../src/hosts/catalogue.js';

export type { Catalogue } from '../../src/hosts/catalogue.js';

const catalogue = await buildCatalogue();
const outDir = join(new URL('../..', import.meta.url).pathname, 'dist', 'embed');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'catalogue.json'), `${JSON.stringify(catalogue, null, 2)}\n`);
console.log(`catalogue: ${Object.keys(catalogue.elements).length} elements → dist/embed/catalogue.json`);
