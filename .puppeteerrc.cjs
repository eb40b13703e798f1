// Nabij never downloads a browser at install time: tests use the system Chromium/Firefox
// or the Chromium shipped inside the @sparticuz/chromium package (see scripts/lib/browsers.mjs).
module.exports = { skipDownload: true };
