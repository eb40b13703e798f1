/**
 * Fails when the documentation no longer matches the tree:
 * - docs/elements.md is not what scripts/build/build-element-docs.mjs makes of custom-elements.json;
 * - a relative link in README.md or docs/ points at a file that does not exist, or at a heading that is not
 *   there (anchors are GitHub's: lower case, punctuation dropped, spaces to hyphens, repeats numbered);
 * - the strict Content Security Policy is quoted differently from the one the CSP check serves;
 * - README.md grows past 15 kB: it is for a newcomer, and the details belong in docs/.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { renderElementDocs } from '../build/build-element-docs.mjs';
import { STRICT_CSP } from '../dev/serve-demo.mjs';

const root = new URL('../..', import.meta.url).pathname;
const problems = [];

const elementsDoc = join(root, 'docs/elements.md');
if (!existsSync(elementsDoc) || readFileSync(elementsDoc, 'utf8') !== (await renderElementDocs())) {
  problems.push('docs/elements.md is stale: run `npm run docs:elements` and commit it.');
}

const README_LIMIT_BYTES = 15_000;
const readmeBytes = statSync(join(root, 'README.md')).size;
if (readmeBytes > README_LIMIT_BYTES) {
  problems.push(`README.md is ${readmeBytes} bytes, over ${README_LIMIT_BYTES}: move details to docs/.`);
}

const documents = [
  join(root, 'README.md'),
  ...readdirSync(join(root, 'docs'), { recursive: true })
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(root, 'docs', name)),
];

/** Markdown without fenced code blocks and inline code, where a `](…)` is no link. */
function prose(markdown) {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
}

function slug(heading) {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*]/g, '')
    .replace(/(^|\s)_+|_+(?=\s|$)/g, '$1')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

const anchorCache = new Map();
function anchorsOf(file) {
  if (!anchorCache.has(file)) {
    const withoutFences = readFileSync(file, 'utf8').replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
    const seen = new Map();
    const anchors = new Set();
    for (const [, heading] of withoutFences.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
      const base = slug(heading);
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      anchors.add(count === 0 ? base : `${base}-${count}`);
    }
    anchorCache.set(file, anchors);
  }
  return anchorCache.get(file);
}

let links = 0;
for (const document of documents) {
  const name = relative(root, document);
  for (const [, target] of prose(readFileSync(document, 'utf8')).matchAll(/\]\(<?([^)\s>]+)>?(?:\s+"[^"]*")?\)/g)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto: and the like: not ours to check
    links += 1;
    const [path, anchor] = target.split('#');
    const file = path ? join(dirname(document), decodeURIComponent(path)) : document;
    if (!existsSync(file)) {
      problems.push(`${name}: link to ${target}: no such file`);
    } else if (anchor !== undefined && file.endsWith('.md') && !anchorsOf(file).has(anchor)) {
      problems.push(`${name}: link to ${target}: no heading with that anchor in ${relative(root, file)}`);
    }
  }
  // One policy, quoted the same everywhere: a quote that starts like it must be all of it.
  for (const [, quoted] of readFileSync(document, 'utf8').matchAll(/`(default-src 'self';[^`]*)`/g)) {
    if (quoted !== STRICT_CSP) problems.push(`${name}: CSP quoted as "${quoted}", the checks serve "${STRICT_CSP}"`);
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(
  `docs: elements.md current; README.md ${readmeBytes} bytes; ${links} relative links in ${documents.length} files resolve.`,
);
