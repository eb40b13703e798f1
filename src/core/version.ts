/**
 * The package version, stamped into every element class so that `define()` can tell an
 * identical re-registration (skip silently) from a different copy of Nabij on the page (warn).
 * Kept in sync with package.json by `scripts/check/check-version.mjs`, which CI runs.
 */
export const VERSION = '0.1.0';
