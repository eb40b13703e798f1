/**
 * Fails when the committed custom-elements.json is not what the analyzer makes of the current source.
 * Regenerates it in place (the analyzer's config fixes the output folder) and asks git whether it changed.
 */
import { execFileSync } from 'node:child_process';

execFileSync('npx', ['cem', 'analyze'], { stdio: ['ignore', 'ignore', 'inherit'] });
try {
  execFileSync('git', ['diff', '--exit-code', '--stat', '--', 'custom-elements.json'], { stdio: 'inherit' });
} catch {
  console.error('custom-elements.json was stale: it is regenerated now; review and commit it.');
  process.exit(1);
}
console.log('custom-elements.json is up to date.');
