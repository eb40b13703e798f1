/**
 * The small static file server the scripts share (story runner, CSP check, benchmarks): files from the folders
 * `resolveFile` maps a path to, fixed pages by path, extra headers, and 404 for anything else. Loopback only.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import { extname, join } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/**
 * @param {{ resolveFile: (pathname: string) => string | null, pages?: Record<string, string>, headers?: Record<string, string> }} options
 * @returns {http.Server}
 */
export function staticServer({ resolveFile, pages = {}, headers = {} }) {
  return http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (pages[pathname]) {
      response.writeHead(200, { 'content-type': TYPES['.html'], ...headers }).end(pages[pathname]);
      return;
    }
    let file = resolveFile(pathname);
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
    response.end(readFileSync(file));
  });
}

/** Listens on a free loopback port; resolves to the origin (`http://127.0.0.1:<port>`). */
export async function listen(server, port = 0) {
  server.listen(port, '127.0.0.1');
  await new Promise((ready) => server.once('listening', ready));
  return `http://127.0.0.1:${server.address().port}`;
}

/** Maps a URL path into `root`, refusing paths that climb out of it. */
export function inside(root, pathname) {
  const file = join(root, pathname);
  return file.startsWith(root) ? file : null;
}
