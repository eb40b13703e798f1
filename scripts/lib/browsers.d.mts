/** Types for scripts/lib/browsers.mjs, for the TypeScript scripts that use it. */
export function findChromium(): Promise<{ executablePath: string; args: string[]; origin: string }>;
export function findFirefox(): string | undefined;
export const chromiumFlags: string[];
export function launchChromium(
  options?: import('playwright-core').LaunchOptions,
): Promise<import('playwright-core').Browser>;
