/**
 * Runs the browser tests (web-test-runner) and ends with one plain line, `tests: N passed, N failed`,
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
  for (const match of plain.matchAll(/^(\w+):\s+\|.*\|\s+(\d+) passed, (\d+) failed/gm)) {
    perBrowser.set(match[1], [Number(match[2]), Number(match[3])]); // the last progress line per browser is final
  }
  let passed = 0;
  let failed = 0;
  for (const [p, f] of perBrowser.values()) {
    passed += p;
    failed += f;
  }
  if (code !== 0 && failed === 0) failed = 1; // the runner failed before counting (e.g. no browser): never report green
  console.log(`tests: ${passed} passed, ${failed} failed`);
  process.exit(code ?? 1);
});
