/**
 * `npx nabij export <element> <item> [--lang en] [--out file] [--attr name=value …] [--scorm 1.2]`
 *
 * Writes one self-contained HTML file (the element's single-file script inlined, a CSP that allows exactly
 * that script and makes no request possible) or, with `--scorm 1.2`, a SCORM 1.2 zip with that page, the
 * SCORM adapter and an imsmanifest.xml. Element, item and attributes are checked against
 * dist/embed/catalogue.json, so an export offers exactly what this build contains.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { strToU8, zipSync } from 'fflate';

export const summary = 'one element and item as a self-contained HTML file or a SCORM 1.2 zip';

const dist = new URL('../dist/', import.meta.url);

const USAGE = `Usage: npx nabij export <element> <item> [options]

Writes <element>-<item>.html: one file that needs nothing else (no network, works from disk, as a
Brightspace content topic or a Moodle file resource).

Options:
  --lang <tag>          language of the page and the element's interface (nl, the default, or en)
  --out <file>          where to write (default: <element>-<item>.html, or .zip with --scorm)
  --attr <name=value>   an attribute of the element (repeatable), e.g. --attr heading-level=3
  --scorm 1.2           a SCORM 1.2 package (zip) instead: answers kept in the LMS, completion reported
  --help                this text

Elements and items: see dist/embed/catalogue.json, or run with an unknown item to get the list.`;

/** Attributes an export cannot honour: a `src` would need the network, which the page's CSP forbids. */
const REFUSED_ATTRIBUTES = { src: 'an export holds built-in items only (its CSP allows no requests)' };

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** Text for HTML: element content and double-quoted attribute values alike. */
export function escapeHtml(text) {
  return String(text).replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char],
  );
}

/** The CSP source for a script or style element's text: what the browser hashes is the text as written. */
export function cspHash(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * A script's text made safe to inline: an HTML parser ends a script at `</script` and treats `<!--` specially,
 * whatever the JavaScript means. Our minified bundles contain neither; refuse rather than rewrite if one ever does,
 * because rewriting can change what a regular expression means.
 */
function inlineable(name, code) {
  if (/<\/script|<!--/i.test(code)) throw new Error(`${name} contains </script or <!-- and cannot be inlined safely`);
  return (
    code
      // A source map comment would point devtools at a file the export does not have.
      .replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n')
      // The HTML parser turns CR LF into LF before the browser hashes the text; hash what it will see.
      .replace(/\r\n?/g, '\n')
  );
}

/** The page's own style: a readable column. Lit's element styles are constructable stylesheets and need no CSP. */
const PAGE_STYLE =
  'body{margin:0 auto;max-width:60rem;padding:1rem;font-family:system-ui,sans-serif;line-height:1.5}' +
  // The SCORM notice is an empty live region until it has something to say; only then does it show as a box.
  '.nabij-scorm-notice:not(:empty){border-inline-start:.25rem solid #b45309;padding:.5rem 1rem;background:#fffbeb;color:#1c1917}';

/**
 * The exported page. `scripts` run in order after the element's markup: the SCORM adapter (when given) first,
 * so it listens before the element can change, then the element's single-file script.
 * @param {{ tag: string, attributes: [string, string][], title: string, lang: string, scripts: { name: string, code: string }[] }} page
 * @returns {string}
 */
export function exportHtml({ tag, attributes, title, lang, scripts }) {
  const inlined = scripts.map(({ name, code }) => inlineable(name, code));
  const csp = [
    "default-src 'none'",
    `script-src ${inlined.map(cspHash).join(' ')}`,
    `style-src ${cspHash(PAGE_STYLE)}`,
    // Nothing else may load or leave: no images, fonts, frames, forms or connections.
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const attributeText = attributes.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<${tag} data-nabij-export${attributeText}></${tag}>
${inlined.map((code) => `<script>${code}</script>`).join('\n')}
</body>
</html>
`;
}

/** SCORM 1.2 manifest: one organisation with one item, one SCO resource. */
export function scormManifest({ identifier, title, href }) {
  const id = identifier.replace(/[^A-Za-z0-9_.-]/g, '-');
  const safeTitle = escapeHtml(title);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="nabij-${id}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="nabij-organization">
    <organization identifier="nabij-organization">
      <title>${safeTitle}</title>
      <item identifier="nabij-item-${id}" identifierref="nabij-resource-${id}" isvisible="true">
        <title>${safeTitle}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="nabij-resource-${id}" type="webcontent" adlcp:scormtype="sco" href="${escapeHtml(href)}">
      <file href="${escapeHtml(href)}"/>
    </resource>
  </resources>
</manifest>
`;
}

/** The SCORM 1.2 zip: imsmanifest.xml at the root beside the page. */
export function scormPackage({ identifier, title, html, href = 'index.html' }) {
  // A fixed time stamp keeps the zip identical for identical input (zip times are local, 1980 at the earliest).
  const mtime = new Date(2020, 0, 1);
  return zipSync(
    {
      'imsmanifest.xml': [strToU8(scormManifest({ identifier, title, href })), { mtime }],
      [href]: [strToU8(html), { mtime }],
    },
    { level: 9 },
  );
}

class UsageError extends Error {}

function readBuilt(relative, what) {
  const url = new URL(relative, dist);
  if (!existsSync(url)) {
    throw new Error(`${what} is missing (${relative} under dist/): run \`npm run build\` first`);
  }
  return readFileSync(url, 'utf8');
}

/**
 * Checks the command line against the catalogue and returns what to export.
 * @param {string[]} args
 * @param {{ elements: Record<string, { attributes: string[], item?: { attribute: string, items: { id: string, title: string }[] } }> }} catalogue
 */
export function readExportRequest(args, catalogue) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      lang: { type: 'string', default: 'nl' },
      out: { type: 'string' },
      attr: { type: 'string', multiple: true, default: [] },
      scorm: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return { help: true };
  const [tag, itemId, ...rest] = positionals;
  if (!tag || !itemId || rest.length) throw new UsageError('give an element and an item');
  const entry = Object.hasOwn(catalogue.elements, tag) ? catalogue.elements[tag] : undefined;
  if (!entry) {
    throw new UsageError(`unknown element "${tag}"; elements: ${Object.keys(catalogue.elements).join(', ')}`);
  }
  if (!entry.item) throw new UsageError(`<${tag}> shows no built-in items, so there is nothing to export`);
  const item = entry.item.items.find((candidate) => candidate.id === itemId);
  if (!item) {
    throw new UsageError(
      `<${tag}> has no item "${itemId}"; items: ${entry.item.items.map((candidate) => candidate.id).join(', ')}`,
    );
  }
  if (!LANGUAGE_TAG.test(values.lang)) throw new UsageError(`--lang ${values.lang}: not a language tag (nl, en)`);
  if (values.scorm !== undefined && values.scorm !== '1.2') {
    throw new UsageError(`--scorm ${values.scorm}: only SCORM 1.2 is supported`);
  }
  const attributes = [[entry.item.attribute, item.id]];
  for (const pair of values.attr) {
    const separator = pair.indexOf('=');
    const name = separator < 0 ? pair : pair.slice(0, separator);
    const value = separator < 0 ? '' : pair.slice(separator + 1);
    if (Object.hasOwn(REFUSED_ATTRIBUTES, name)) throw new UsageError(`--attr ${name}: ${REFUSED_ATTRIBUTES[name]}`);
    if (!entry.attributes.includes(name)) {
      throw new UsageError(`--attr ${name}: not an attribute of <${tag}>; attributes: ${entry.attributes.join(', ')}`);
    }
    if (attributes.some(([taken]) => taken === name)) throw new UsageError(`--attr ${name}: given twice`);
    attributes.push([name, value]);
  }
  const scorm = values.scorm === '1.2';
  return {
    tag,
    item,
    lang: values.lang,
    attributes,
    scorm,
    out: values.out ?? `${tag}-${item.id}.${scorm ? 'zip' : 'html'}`,
  };
}

/**
 * The page for a request from {@link readExportRequest}, with the SCORM adapter when it asks for SCORM;
 * `readScript(path, what)` returns a built script's text from dist/ (the test server hands in its own builds).
 */
export function exportPageFor(request, readScript = readBuilt) {
  const scripts = [];
  if (request.scorm) {
    scripts.push({ name: 'the SCORM adapter', code: readScript('embed/scorm-adapter.js', 'the SCORM adapter') });
  }
  scripts.push({
    name: `<${request.tag}>`,
    code: readScript(`cdn/single/${request.tag}.js`, `the single-file build of <${request.tag}>`),
  });
  return exportHtml({
    tag: request.tag,
    attributes: request.attributes,
    title: request.item.title,
    lang: request.lang,
    scripts,
  });
}

/** The file's bytes: the page, or the SCORM zip around it. */
export function buildExport(request, readScript = readBuilt) {
  const html = exportPageFor(request, readScript);
  if (!request.scorm) return strToU8(html);
  return scormPackage({ identifier: `${request.tag}-${request.item.id}`, title: request.item.title, html });
}

/** @param {string[]} args */
export async function run(args) {
  let request;
  try {
    const catalogue = JSON.parse(readBuilt('embed/catalogue.json', 'the catalogue of elements and items'));
    request = readExportRequest(args, catalogue);
  } catch (error) {
    if (!(error instanceof UsageError) && !(error instanceof TypeError)) throw error;
    // parseArgs reports unknown options as a TypeError with a readable message.
    console.error(`nabij export: ${error.message}\n(npx nabij export --help lists the options)`);
    return 2;
  }
  if (request.help) {
    console.log(USAGE);
    return 0;
  }
  const bytes = buildExport(request);
  writeFileSync(request.out, bytes);
  const kind = request.scorm ? 'SCORM 1.2 package' : 'page';
  console.log(
    `nabij export: <${request.tag}> "${request.item.title}" → ${basename(request.out)} (${kind}, ${(bytes.length / 1024).toFixed(1)} kB)`,
  );
  return 0;
}
