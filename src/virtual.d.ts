/** Built by scripts/element-modules.mjs from custom-elements.json: tag → lazy import of its define module. */
declare module 'virtual:nabij-elements' {
  const loaders: Record<string, () => Promise<unknown>>;
  export default loaders;
}
