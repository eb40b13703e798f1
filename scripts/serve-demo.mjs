/**
 * Serves the project folder on 127.0.0.1 with the strict headers a locked-down host would send
 * (Content-Security-Policy with Trusted Types), so `demo/` shows Nabij working under them.
 * Usage: node scripts/serve-demo.mjs [port]   → http://127.0.0.1:8080/demo/
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import { extname, join, resolve } from 'node:path';

export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const root = resolve(new URL('..', import.meta.url).pathname);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
};

export function createDemoServer() {
  return http.createServer((request, response) => {
    let path = join(root, decodeURIComponent(new URL(request.url, 'http://localhost').pathname));
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!path.startsWith(root) || !existsSync(path)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': types[extname(path)] ?? 'application/octet-stream',
      'content-security-policy': STRICT_CSP,
      'x-content-type-options': 'nosniff',
    });
    createReadStream(path).pipe(response);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.argv[2] ?? 8080);
  createDemoServer().listen(port, '127.0.0.1', () => console.log(`Nabij demo: http://127.0.0.1:${port}/demo/`));
}
