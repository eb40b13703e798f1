/**
 * Writes docs/elements.md, the element reference, from custom-elements.json: per element its attributes,
 * script-only properties, methods, events, slots, CSS parts and CSS custom properties, in the words of the
 * JSDoc in the element's source. Nobody edits the reference by hand, so it cannot drift from the code.
 *
 * Usage: node scripts/build/build-element-docs.mjs            rewrite docs/elements.md
 *        node scripts/build/build-element-docs.mjs --check    fail when docs/elements.md is not what the manifest gives
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { format, resolveConfig } from 'prettier';

const root = new URL('../..', import.meta.url).pathname;
const manifestPath = join(root, 'custom-elements.json');
const outputPath = join(root, 'docs/elements.md');

/** The manifest's elements, one entry per tag, with the module that declares it. */
function elementsOf(manifest) {
  const elements = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName) elements.push({ module, declaration });
    }
  }
  return elements.sort((a, b) => a.declaration.tagName.localeCompare(b.declaration.tagName));
}

/** Internal reactive state shows up in the manifest as `_name` attributes and members; it is not API. */
const isPublic = (item) => !item.privacy?.match(/private|protected/) && !/^[_#]/.test(item.name) && !item.static;

const oneLine = (text = '') => text.replace(/\s*\n\s*/g, ' ').trim();
/** Inside a table a `|` ends the cell, also within a code span, unless escaped. */
const cell = (text = '') => linkDocs(oneLine(text)).replaceAll('|', '\\|') || '—';
/** JSDoc names other documents as `see docs/x.md`; from docs/elements.md that is a link to `x.md`. */
const linkDocs = (text) => text.replace(/(?<![`/\w])docs\/([\w-]+\.md)\b/g, '[docs/$1]($1)');
const code = (text) => (text === undefined || text === '' ? '—' : cell(`\`${text}\``));

const sourceFiles = (folder) =>
  readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));

/**
 * The analyzer writes a default that is a named constant (`DEFAULT_TIMEOUT_MS`) as the name. A reader wants the
 * value: take it from `const NAME = <number or string>` in the element's module, else anywhere under src/.
 */
function resolveDefault(value, modulePath) {
  if (!value || !/^[A-Z][A-Z0-9_]*$/.test(value)) return value;
  const pattern = new RegExp(`\\bconst ${value}\\s*=\\s*(-?[\\d_.]+|'[^'\\n]*')\\s*;`);
  const own = join(root, modulePath);
  const candidates = [own, ...sourceFiles(join(root, 'src')).filter((file) => file !== own)];
  for (const file of candidates) {
    if (!existsSync(file)) continue;
    const match = readFileSync(file, 'utf8').match(pattern);
    if (match) return match[1].startsWith("'") ? match[1] : match[1].replaceAll('_', '');
  }
  return value;
}

function table(headers, rows) {
  if (rows.length === 0) return [];
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  ];
}

function section(title, headers, rows) {
  return rows.length === 0 ? [] : [`### ${title}`, '', ...table(headers, rows)];
}

function signature(method) {
  const parameters = (method.parameters ?? []).map(
    (parameter) =>
      `${parameter.name}${parameter.optional ? '?' : ''}${parameter.type ? `: ${parameter.type.text}` : ''}`,
  );
  return `${method.name}(${parameters.join(', ')})`;
}

function renderElement({ module, declaration }) {
  const tag = declaration.tagName;
  const members = declaration.members ?? [];
  const memberByField = new Map(members.map((member) => [member.name, member]));
  const attributes = (declaration.attributes ?? []).filter(isPublic);
  const attributeFields = new Set(attributes.map((attribute) => attribute.fieldName).filter(Boolean));
  const properties = members.filter(
    (member) => member.kind === 'field' && isPublic(member) && !attributeFields.has(member.name),
  );
  const methods = members.filter((member) => member.kind === 'method' && isPublic(member));

  return [
    `## \`<${tag}>\``,
    '',
    ...(declaration.summary ? [oneLine(declaration.summary), ''] : []),
    ...(declaration.description ? [oneLine(declaration.description), ''] : []),
    `Class \`${declaration.name}\` in [\`${module.path}\`](../${module.path}). \`import 'nabij/${tag}.js'\` registers ` +
      `\`<${tag}>\`; \`define(prefix?)\` from \`nabij/elements/${tag}.js\` registers it without side effects on import.`,
    '',
    ...section(
      'Attributes',
      ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      attributes.map((attribute) => {
        const member = memberByField.get(attribute.fieldName);
        const type = attribute.type?.text ?? member?.type?.text;
        const fallback = attribute.default ?? member?.default;
        return [
          code(attribute.name),
          code(attribute.fieldName),
          code(type),
          code(resolveDefault(fallback, module.path)),
          cell(attribute.description ?? member?.description),
        ];
      }),
    ),
    ...section(
      'Properties (script only)',
      ['Property', 'Type', 'Description'],
      properties.map((property) => [
        code(property.name) + (property.readonly ? ' (read-only)' : ''),
        code(property.type?.text),
        cell(property.description),
      ]),
    ),
    ...section(
      'Methods',
      ['Method', 'Returns', 'Description'],
      methods.map((method) => [code(signature(method)), code(method.return?.type?.text), cell(method.description)]),
    ),
    ...section(
      'Events',
      ['Event', 'Description'],
      (declaration.events ?? []).map((event) => [code(event.name), cell(event.description)]),
    ),
    ...section(
      'Slots',
      ['Slot', 'Description'],
      (declaration.slots ?? []).map((slot) => [slot.name ? code(slot.name) : '(default)', cell(slot.description)]),
    ),
    ...section(
      'CSS parts',
      ['Part', 'Description'],
      (declaration.cssParts ?? []).map((part) => [code(part.name), cell(part.description)]),
    ),
    ...section(
      'CSS custom properties',
      ['Property', 'Default', 'Description'],
      (declaration.cssProperties ?? []).map((property) => [
        code(property.name),
        code(property.default),
        cell(property.description),
      ]),
    ),
  ];
}

export async function renderElementDocs() {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const elements = elementsOf(manifest);
  const markdown = [
    '# Element reference',
    '',
    '<!-- Generated from custom-elements.json by scripts/build/build-element-docs.mjs: do not edit by hand.',
    '     `npm run docs:elements` rewrites it; `npm run check:docs` (in CI) fails when it is stale. -->',
    '',
    `Every element's attributes, properties, methods, events, slots, CSS parts and CSS custom properties, as the ` +
      `JSDoc in its source describes them. The [README](../README.md) shows each element in use; ` +
      `[theming](../README.md#theming) explains how the custom properties fall back to NL Design System tokens.`,
    '',
    ...elements.map(({ declaration }) => `- [\`<${declaration.tagName}>\`](#${declaration.tagName})`),
    '',
    ...elements.flatMap(renderElement),
  ].join('\n');
  const options = { ...(await resolveConfig(outputPath)), filepath: outputPath };
  return format(markdown, options);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const expected = await renderElementDocs();
  const where = relative(process.cwd(), outputPath);
  if (process.argv.includes('--check')) {
    const current = existsSync(outputPath) ? readFileSync(outputPath, 'utf8') : '';
    if (current !== expected) {
      console.error(`${where} is stale: run \`npm run docs:elements\` and commit it.`);
      process.exit(1);
    }
    console.log(`${where} matches custom-elements.json.`);
  } else {
    writeFileSync(outputPath, expected);
    console.log(`${where} written from custom-elements.json.`);
  }
}
