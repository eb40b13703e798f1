/**
 * `npx nabij oembed --base-url https://example.org/nabij/ [--out dir] [--public-url url] [--lang en]`: for every
 * built-in item in dist/embed/catalogue.json, an oEmbed answer (`<tag>/<id>.json`, type "rich") and a page
 * (`<tag>/<id>.html`) that shows the item and carries the oEmbed discovery link, so a CMS that reads oEmbed
 * (WordPress, Drupal, Moodle's oEmbed filter) turns the page's address into the embed. The files are static:
 * upload them to the public URL (default `<base-url>oembed/`), next to where the package's dist/ is served.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

export const summary = 'oEmbed answers and discovery pages for every built-in item (static files)';

const usage = `Usage: npx nabij oembed --base-url <url> [--out <dir>] [--public-url <url>] [--lang nl|en]

  --base-url    where the package's dist/ is served (its embed/ and cdn/ folders), e.g. https://example.org/nabij/
  --out         folder to write to (default: ./nabij-oembed)
  --public-url  where that folder will be served (default: <base-url>oembed/)
  --lang        language of the embedded page and the frame titles (default: nl)`;

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');

/** Width hint for the oEmbed answer: a column of text; the frame itself is 100% wide. */
const WIDTH = 640;

function folderURL(value, option) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${option} is not an address: ${value}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${option} must be an http(s) address`);
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

function discoveryPage({ title, lang, oembedURL, iframe }) {
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="alternate" type="application/json+oembed" href="${oembedURL}" title="${title}" />
  </head>
  <body>
    <main>
      <h1>${title}</h1>
      ${iframe.replace(/\n/g, '\n      ')}
    </main>
  </body>
</html>
`;
}

export async function run(args) {
  const { values } = parseArgs({
    args,
    options: {
      'base-url': { type: 'string' },
      out: { type: 'string', default: 'nabij-oembed' },
      'public-url': { type: 'string' },
      lang: { type: 'string', default: 'nl' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (!values['base-url']) {
    console.error(`--base-url is required.\n\n${usage}`);
    return 2;
  }
  if (!/^(nl|en)$/.test(values.lang)) throw new Error(`--lang must be nl or en, not ${values.lang}`);
  const baseURL = folderURL(values['base-url'], '--base-url');
  const publicURL = folderURL(values['public-url'] ?? new URL('oembed/', baseURL).href, '--public-url');
  const cataloguePath = join(dist, 'embed', 'catalogue.json');
  if (!existsSync(cataloguePath)) throw new Error(`${cataloguePath} is missing: build the package (npm run build)`);
  const catalogue = JSON.parse(readFileSync(cataloguePath, 'utf8'));
  const snippet = await import(pathToFileURL(join(dist, 'embed', 'snippet.js')).href);

  const outDir = resolve(values.out);
  const lang = values.lang;
  // Dutch is the embed page's default: its address then stays as short as the builder writes it.
  const pageLang = lang === 'nl' ? undefined : lang;
  let written = 0;
  for (const [tag, { item }] of Object.entries(catalogue.elements)) {
    if (!item) continue;
    mkdirSync(join(outDir, tag), { recursive: true });
    for (const { id, title } of item.items) {
      const choice = { baseURL, tag, attributes: { [item.attribute]: id }, itemTitle: title, lang: pageLang };
      const file = `${tag}/${encodeURIComponent(id)}`;
      const answer = {
        version: '1.0',
        type: 'rich',
        title,
        provider_name: 'Nabij',
        provider_url: baseURL,
        html: snippet.iframeSnippet(choice),
        width: WIDTH,
        height: snippet.frameHeight(tag),
      };
      writeFileSync(join(outDir, `${file}.json`), `${JSON.stringify(answer, null, 2)}\n`);
      const page = discoveryPage({
        title: snippet.escapeHTML(snippet.frameTitle(choice)),
        lang,
        oembedURL: snippet.escapeHTML(new URL(`${file}.json`, publicURL).href),
        iframe: snippet.iframeSnippet(choice),
      });
      writeFileSync(join(outDir, `${file}.html`), page);
      written++;
    }
  }
  console.log(`oembed: ${written} items → ${outDir} (to be served at ${publicURL}; pages link their JSON there)`);
  return 0;
}
