import type { StorybookConfig } from '@storybook/web-components-vite';
import { transform } from 'esbuild';

/**
 * Vite 8 transpiles TypeScript with Oxc, which leaves TC39 (standard) decorators in place; browsers cannot run
 * them yet, so the stories would fail with a SyntaxError. Lower them with esbuild before Vite sees the file.
 */
const lowerStandardDecorators = {
  name: 'nabij-lower-standard-decorators',
  enforce: 'pre' as const,
  async transform(code: string, id: string) {
    if (!/\/src\/.*\.ts$/.test(id.split('?')[0])) return null;
    const result = await transform(code, { loader: 'ts', target: 'es2022', sourcemap: true, sourcefile: id });
    return { code: result.code, map: result.map };
  },
};

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: async (viteConfig) => ({
    ...viteConfig,
    plugins: [lowerStandardDecorators, ...(viteConfig.plugins ?? [])],
  }),
};
export default config;
