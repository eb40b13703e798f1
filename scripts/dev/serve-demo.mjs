/**
 * Serves the project folder on 127.0.0.1 with the strict headers a locked-down host would send
 * (Content-Security-Policy with Trusted Types), so `demo/` shows Nabij working under them.
 * Usage: node scripts/dev/serve-demo.mjs [port]   → http://127.0.0.1:8080/demo/
 */
import { resolve } from 'node:path';
import { inside, listen, staticServer } from '../lib/static-server.mjs';

export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const root = resolve(new URL('../..', import.meta.url).pathname);

export function createDemoServer() {
  return staticServer({
    resolveFile: (pathname) => inside(root, pathname),
    headers: { 'content-security-policy': STRICT_CSP, 'x-content-type-options': 'nosniff' },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.argv[2] ?? 8080);
  listen(createDemoServer(), port).then((origin) => console.log(`Nabij demo: ${origin}/demo/`));
}
