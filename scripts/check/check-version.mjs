/** Fails when src/core/version.ts does not carry package.json's version (define() compares it at run time). */
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const source = readFileSync('src/core/version.ts', 'utf8');
if (!source.includes(`export const VERSION = '${version}';`)) {
  console.error(`src/core/version.ts does not say VERSION = '${version}' (package.json).`);
  process.exit(1);
}
console.log(`version ${version} matches.`);
