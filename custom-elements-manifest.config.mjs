/** @custom-elements-manifest/analyzer: reads JSDoc (@csspart, @cssprop, @fires, @slot) from the element classes. */
export default {
  // The content elements' base class too, so its attributes and properties are listed as inherited by each.
  globs: ['src/elements/**/*.ts', 'src/core/nabij-content-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/elements/**/define.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // The analyzer lists modules in the order the file system returns them, which differs between machines;
      // sort them so the committed manifest is the same everywhere and the staleness check means something.
      name: 'nabij-stable-module-order',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
