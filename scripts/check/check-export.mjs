/**
 * `npm run check:export` (after `npm run build`): exports the first built-in item of every element that has
 * items (and one SCORM package), opens each page from file:// in headless Chromium, alone and in a frame
 * sandboxed to scripts only (a Brightspace topic), and fails when an element does not show its item's title, its
 * styles did not apply under the page's CSP, the page made any request besides loading itself, or anything was
 * reported (page error, console error, CSP violation). It also runs the command line, starts a SCORM session
 * with the built adapter, and reads the package's imsmanifest.xml with an XML parser.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { buildExport, readExportRequest } from '../../bin/export.mjs';
import { launchChromium } from '../lib/browsers.mjs';
import { readViolations, watchPage } from '../lib/page-watch.mjs';

/** Whether the page or frame shows `title` in its element within 15 s (the element renders from inlined code). */
async function shows(pageOrFrame, tag, title) {
  try {
    await pageOrFrame.waitForFunction(
      ({ tag, title }) => document.querySelector(tag)?.shadowRoot?.textContent.includes(title),
      { tag, title },
      { timeout: 15000 },
    );
    return true;
  } catch {
    return false;
  }
}

const catalogue = JSON.parse(readFileSync(new URL('../../dist/embed/catalogue.json', import.meta.url), 'utf8'));
const folder = mkdtempSync(join(tmpdir(), 'nabij-export-'));
const failures = [];

/** What to open: one page per element with items, plus the SCORM page of one interactive element. */
const exports = Object.entries(catalogue.elements)
  .filter(([, entry]) => entry.item)
  .map(([tag, entry]) => ({ tag, args: [tag, entry.item.items[0].id], title: entry.item.items[0].title }));
// A case whose title has an apostrophe, so the manifest's escaping is read back by an XML parser.
const scormCase =
  catalogue.elements['casus-viewer'].item.items.find((item) => /['&]/.test(item.title)) ??
  catalogue.elements['casus-viewer'].item.items[0];
exports.push({ tag: 'casus-viewer', args: ['casus-viewer', scormCase.id, '--scorm', '1.2'], title: scormCase.title });

/** The command line as a user runs it: a refusal exits non-zero with a message naming the choices; --out writes. */
const nabij = fileURLToPath(new URL('../../bin/nabij.mjs', import.meta.url));
const refused = spawnSync(process.execPath, [nabij, 'export', 'casus-viewer', 'casus-99'], { encoding: 'utf8' });
if (refused.status === 0 || !refused.stderr.includes('<casus-viewer> has no item "casus-99"; items: casus-1')) {
  failures.push(`an unknown item was not refused clearly (exit ${refused.status}): ${refused.stderr.trim()}`);
}
const written = join(folder, 'written.html');
const wrote = spawnSync(
  process.execPath,
  [nabij, 'export', 'lemma-card', 'wederkerigheid', '--lang', 'en', '--out', written],
  { encoding: 'utf8' },
);
if (wrote.status !== 0 || !readFileSync(written, 'utf8').startsWith('<!doctype html>\n<html lang="en">')) {
  failures.push(`npx nabij export … --out did not write the page (exit ${wrote.status}): ${wrote.stderr.trim()}`);
}

const manifests = [];
const browser = await launchChromium();
try {
  for (const { tag, args, title } of exports) {
    const request = readExportRequest(args, catalogue);
    const bytes = buildExport(request);
    let file = join(folder, `${tag}-${request.item.id}.html`);
    if (request.scorm) {
      const files = unzipSync(bytes);
      manifests.push({ args, title, xml: strFromU8(files['imsmanifest.xml']), files: Object.keys(files) });
      file = join(folder, `${tag}-${request.item.id}-scorm.html`);
      writeFileSync(file, files['index.html']);
    } else {
      writeFileSync(file, bytes);
    }
    const url = pathToFileURL(file).href;
    const problems = [];
    const requests = [];
    const page = await browser.newPage();
    await watchPage(page, problems);
    if (request.scorm) {
      // An LMS's API in the page itself (the adapter looks in its own window first): records what the built adapter calls.
      await page.addInitScript(() => {
        const calls = (window.__scormCalls = []);
        const values = { 'cmi.core.lesson_status': 'not attempted', 'cmi.suspend_data': '' };
        window.API = {
          LMSInitialize: () => (calls.push('LMSInitialize'), 'true'),
          LMSGetValue: (name) => values[name] ?? '',
          LMSSetValue: (name, value) => (calls.push(`${name}=${value}`), (values[name] = value), 'true'),
          LMSCommit: () => 'true',
          LMSFinish: () => 'true',
          LMSGetLastError: () => '0',
        };
      });
    }
    page.on('request', (sent) => {
      if (sent.url() !== url) requests.push(sent.url());
    });
    await page.goto(url);
    if (!(await shows(page, tag, title))) problems.push(`does not show "${title}"`);
    // Lit's styles are constructable stylesheets: the CSP (no 'unsafe-inline') must not have kept them out.
    const styled = await page.$eval(tag, (element) => (element.shadowRoot?.adoptedStyleSheets.length ?? 0) > 0);
    if (!styled) problems.push('has no adopted stylesheets');
    if (request.scorm) {
      const { found, calls } = await page.evaluate(() => ({
        found: document.documentElement.dataset.nabijScorm,
        calls: window.__scormCalls,
      }));
      if (
        found !== 'connected' ||
        !calls.includes('LMSInitialize') ||
        !calls.includes('cmi.core.lesson_status=incomplete')
      ) {
        problems.push(`the SCORM adapter did not start a session (${found}: ${calls.join(', ')})`);
      }
    }
    problems.push(...(await readViolations(page)).map((violation) => `CSP violation: ${violation}`));
    problems.push(...requests.map((sent) => `made a request: ${sent}`));
    await page.close();

    // As a Brightspace content topic: in a frame sandboxed to scripts only (an opaque origin without storage and
    // without access to the LMS page), which is where a page that touches storage or its parent breaks.
    const host = join(folder, `sandbox-${basename(file)}`);
    writeFileSync(
      host,
      `<!doctype html><title>LMS</title><iframe sandbox="allow-scripts" src="${basename(file)}" title="topic"></iframe>`,
    );
    const lmsPage = await browser.newPage();
    await watchPage(lmsPage, problems);
    await lmsPage.goto(pathToFileURL(host).href);
    const topic = lmsPage.frames().find((frame) => frame !== lmsPage.mainFrame());
    if (!(await shows(topic, tag, title))) problems.push(`does not show "${title}" in a sandboxed frame`);
    await lmsPage.close();
    const size = `${(bytes.length / 1024).toFixed(1)} kB`;
    if (problems.length) failures.push(...problems.map((problem) => `${args.join(' ')}: ${problem}`));
    console.log(
      `${problems.length ? 'FAIL' : 'ok  '} npx nabij export ${args.join(' ')} (${size}) from file:// and in a sandboxed frame`,
    );
  }
  // The manifest as an LMS reads it: well-formed XML, one SCO resource pointing at a file in the zip, the item's title.
  const reader = await browser.newPage();
  for (const { args, title, xml, files } of manifests) {
    const read = await reader.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror').textContent };
      const resources = [...doc.getElementsByTagName('resource')];
      return {
        scormtypes: resources.map((resource) =>
          resource.getAttributeNS('http://www.adlnet.org/xsd/adlcp_rootv1p2', 'scormtype'),
        ),
        href: resources[0]?.getAttribute('href'),
        titles: [...doc.getElementsByTagName('title')].map((node) => node.textContent),
        version: doc.getElementsByTagName('schemaversion')[0]?.textContent,
      };
    }, xml);
    const wrong = read.error
      ? `is not well-formed XML: ${read.error}`
      : read.scormtypes.join() !== 'sco' || !files.includes(read.href)
        ? `does not have one SCO resource pointing at a file in the zip (${read.scormtypes}, ${read.href})`
        : read.titles.some((text) => text !== title) || read.version !== '1.2'
          ? `has titles ${JSON.stringify(read.titles)} / schema version ${read.version}`
          : undefined;
    if (wrong) failures.push(`${args.join(' ')}: imsmanifest.xml ${wrong}`);
    console.log(`${wrong ? 'FAIL' : 'ok  '} imsmanifest.xml of ${args.join(' ')}`);
  }
} finally {
  await browser.close();
  rmSync(folder, { recursive: true, force: true });
}
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
console.log(`check:export: ${exports.length} exports render from file:// with no request and no CSP violation`);
