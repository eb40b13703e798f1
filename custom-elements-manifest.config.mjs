/** @custom-elements-manifest/analyzer: reads JSDoc (@csspart, @cssprop, @fires, @slot) from the element classes. */
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/elements/**/define.ts'],
  outdir: '.',
  litelement: true,
};
