import { VERSION } from './version.js';

/** Constructor shape of every Nabij element: a custom element class that knows its version. */
export type NabijElementConstructor = CustomElementConstructor & { readonly nabijVersion?: string };

const warned = new Set<string>();

function warnOnce(key: string, message: string): void {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(message);
}

/**
 * Registers `tag` (optionally as `prefix-tag`) without ever throwing.
 *
 * - Tag free: defines it and returns the registered name.
 * - Tag taken by the same Nabij version: nothing to do (two bundles of one release on a page are harmless).
 * - Tag taken by another version or another library: warns once and leaves the existing definition alone;
 *   the page author can load the second copy under a prefix (`define('v2')` → `<v2-lemma-card>`).
 *
 * A prefixed definition registers a subclass, because the registry refuses one constructor under two names.
 */
export function defineElement(tag: string, elementClass: NabijElementConstructor, prefix?: string): string {
  const name = prefix ? `${normalisePrefix(prefix)}-${tag}` : tag;
  const registry = globalThis.customElements;
  if (!registry) return name; // server-side or a document without a registry: nothing to register
  const existing = registry.get(name) as NabijElementConstructor | undefined;
  if (existing) {
    if (existing !== elementClass && existing.nabijVersion !== VERSION) {
      warnOnce(
        name,
        `[nabij] <${name}> is taken (by ${existing.nabijVersion ?? 'other code'}); ${VERSION} uses a prefix: define('p')`,
      );
    }
    return name;
  }
  const classToRegister = prefix ? class extends (elementClass as unknown as typeof HTMLElement) {} : elementClass;
  try {
    registry.define(name, classToRegister as CustomElementConstructor);
  } catch (error) {
    // Only reachable for names the registry rejects (an invalid prefix); never break the host page for it.
    warnOnce(name, `[nabij] could not define <${name}>: ${(error as Error).message}`);
  }
  return name;
}

function normalisePrefix(prefix: string): string {
  return prefix.trim().toLowerCase().replace(/-+$/, '');
}

/** The `define(prefix?)` an element module exports: registers `tag` (or `prefix-tag`); safe to call more than once. */
export function elementDefiner(tag: string, elementClass: NabijElementConstructor): (prefix?: string) => string {
  return (prefix) => defineElement(tag, elementClass, prefix);
}
