/**
 * Runs the browser tests (web-test-runner) and ends with one plain line, `tests: N passed, N failed, N skipped`,
 * summed over every browser, so CI logs have a single figure to read. The exit code is the runner's.
 */
import { spawn } from 'node:child_process';

const child = spawn('npx', ['web-test-runner', ...process.argv.slice(2)], { stdio: ['inherit', 'pipe', 'inherit'] });
let output = '';
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  output += chunk;
});
child.on('close', (code) => {
  // eslint-disable-next-line no-control-regex
  const plain = output.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
  const perBrowser = new Map();
  for (const match of plain.matchAll(/^(\w+):\s+\|.*\|\s+(\d+) passed, (\d+) failed(?:, (\d+) skipped)?/gm)) {
    // the last progress line per browser is final
    perBrowser.set(match[1], [Number(match[2]), Number(match[3]), Number(match[4] ?? 0)]);
  }
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const [p, f, s] of perBrowser.values()) {
    passed += p;
    failed += f;
    skipped += s;
  }
  if (code !== 0 && failed === 0) failed = 1; // the runner failed before counting (e.g. no browser): never report green
  // Skipped tests are counted too (Firefox cannot emulate print media here), so a skip never passes unseen.
  console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  process.exit(code ?? 1);
});
