/** Types for scripts/lib/static-server.mjs, for the TypeScript scripts that use it. */
import type { Server } from 'node:http';
export function staticServer(options: {
  resolveFile: (pathname: string) => string | null;
  pages?: Record<string, string>;
  headers?: Record<string, string>;
}): Server;
export function listen(server: Server, port?: number): Promise<string>;
export function inside(root: string, pathname: string): string | null;
