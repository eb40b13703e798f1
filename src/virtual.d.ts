/** Built by scripts/lib/element-modules.mjs from custom-elements.json: tag → lazy import of its define module. */
declare module 'virtual:nabij-elements' {
  const loaders: Record<string, () => Promise<unknown>>;
  export default loaders;
  /**
   * What the autoloader requests beside an element (filled in by the CDN build, empty elsewhere): `files`
   * relative to the autoloader; per tag, the indexes of its static chunks, and the rules that name its
   * built-in items: [attribute, default id, file with {} for the id, required attribute, prefix for a number,
   * the chunks on the way to the item].
   */
  export const chunkGraph: {
    files: string[];
    elements: Record<string, number[]>;
    content: Record<string, [string, string, string, string, string, number[]][]>;
  };
}
