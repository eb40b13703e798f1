/**
 * `npm run new-element <tag>`: adds an element in one step. Creates src/elements/<tag>/ (the class on the kit's
 * NabijElement, its define.ts side-effect module and styles), its UI strings in src/i18n/nl and src/i18n/en,
 * test/<tag>.test.ts and stories/<tag>.stories.ts, and registers it in src/index.ts and test/elements.ts.
 * Everything else finds the element by itself: the builds and size budgets read src/elements/, package.json
 * exports it by pattern, the autoloader and the hosts read custom-elements.json (`npm run analyze`).
 *
 * What it starts from is a small, honest element (a titled section whose slotted body the reader can hide),
 * not placeholder content: replace its view with the real one. An element that shows a content item extends
 * NabijContentElement instead (see lemma-card) and gets a FIRST_RENDER_CONTENT entry in
 * scripts/lib/element-modules.mjs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;

/** Names the HTML standard reserves although they are valid custom element names. */
const RESERVED = [
  'annotation-xml',
  'color-profile',
  'font-face',
  'font-face-src',
  'font-face-uri',
  'font-face-format',
  'font-face-name',
  'missing-glyph',
];

/** Why `tag` cannot be a new element's name, or '' when it can. */
export function tagProblem(tag, existing) {
  if (!tag) return 'give the tag: npm run new-element <tag> (e.g. demo-thing)';
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(tag)) {
    return `"${tag}" is not a tag: lower-case letters and digits, starting with a letter, in words joined by single hyphens (at least one)`;
  }
  if (RESERVED.includes(tag)) return `<${tag}> is reserved by HTML`;
  if (existing.includes(tag)) return `<${tag}> exists already (src/elements/${tag}/)`;
  return '';
}

/** `demo-thing` → `DemoThing`. */
const pascal = (tag) => tag.replace(/(^|-)([a-z0-9])/g, (_, __, letter) => letter.toUpperCase());
/** `demo-thing` → `demoThing`. */
const camel = (tag) => pascal(tag).replace(/^./, (letter) => letter.toLowerCase());

function elementSource(tag) {
  const Class = pascal(tag);
  return `import { html, nothing, type TemplateResult } from 'lit';
import { elementDefiner } from '../../core/define.js';
import { disclosureStyles } from '../../core/disclosure.js';
import { NabijElement } from '../../core/nabij-element.js';
import { sharedStyles } from '../../core/shared.styles.js';
import { clampHeadingLevel, heading } from '../../core/templates.js';
import { ${camel(tag)}Text } from '../../i18n/nl/${tag}.js';
import { ${camel(tag)}Styles } from './${tag}.styles.js';

/**
 * A titled section whose body (the page's own markup, in the slot) the reader can hide and show again with a
 * disclosure button. A starting point made by \`npm run new-element\`: replace the view with the element's own.
 *
 * @tagname ${tag}
 * @summary A titled section with a body the reader can hide and show.
 *
 * @slot - The body of the section.
 *
 * @csspart title - The heading (present when \`heading\` is set).
 * @csspart toggle - The button that hides and shows the body.
 * @csspart body - The body around the slot.
 *
 * @cssprop [--nabij-${tag}-accent-color=#0b4f8a] - Border and button colour; falls back to \`--basis-color-accent-1-color-document\`.
 * @cssprop [--nabij-${tag}-padding=1rem] - Space inside the section; falls back to \`--basis-space-block-md\`.
 *
 * @fires nabij-toggle - The reader hid or showed the body. Detail: \`{ open: boolean }\`.
 */
export class ${Class} extends NabijElement {
  static override styles = [sharedStyles, disclosureStyles, ${camel(tag)}Styles];

  static override properties = {
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    open: { type: Boolean, reflect: true },
  };

  /** The section's title. Without it the section has no heading. */
  heading = '';

  /** Level of the title heading (2–6), so it fits the outline of the page around it. */
  headingLevel = 2;

  /** Whether the body shows. */
  open = true;

  protected override render(): TemplateResult {
    const label = ${camel(tag)}Text(this, this.uiLang, this.open ? 'hide' : 'show');
    return html\`<section part="section">
      \${this.heading ? heading(clampHeadingLevel(this.headingLevel), this.heading, 'title') : nothing}
      <button
        type="button"
        part="toggle"
        class="toggle disclosure"
        data-screen-only
        aria-expanded=\${this.open ? 'true' : 'false'}
        aria-controls="body"
        @click=\${this.#toggle}
      >
        \${label}
      </button>
      <div id="body" part="body" class="disclosure-content" ?data-open=\${this.open}><slot></slot></div>
    </section>\`;
  }

  readonly #toggle = (): void => {
    this.open = !this.open;
    this.dispatchEvent(new CustomEvent('nabij-toggle', { detail: { open: this.open }, bubbles: true, composed: true }));
  };
}

/** Registers \`<${tag}>\` (or \`<prefix-${tag}>\`); safe to call more than once. */
export const define = elementDefiner('${tag}', ${Class});

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${Class};
  }
}
`;
}

function defineSource(tag) {
  return `/**
 * \`import 'nabij/${tag}.js'\`: registers \`<${tag}>\` as a side effect.
 * For a prefix or a class without registration, import \`nabij/elements/${tag}.js\` instead.
 */
import { define } from './${tag}.js';

define();

export * from './${tag}.js';
`;
}

function stylesSource(tag) {
  return `import { css } from 'lit';

/** \`<${tag}>\`'s look. Its tokens (\`--nabij-${tag}-*\`) fall back to the page's design tokens (\`--basis-*\`). */
export const ${camel(tag)}Styles = css\`
  :host {
    --_accent: var(--nabij-${tag}-accent-color, var(--basis-color-accent-1-color-document, #0b4f8a));
    --_padding: var(--nabij-${tag}-padding, var(--basis-space-block-md, 1rem));
  }
  section {
    border-inline-start: 0.25rem solid var(--_accent);
    padding: var(--_padding);
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin-block: 0 0.5em;
  }
  .toggle {
    font: inherit;
    color: var(--_accent);
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
  }
  [part='body'] {
    margin-block-start: 0.5em;
  }
\`;
`;
}

function dutchMessages(tag) {
  return `import { messagePack } from '../../core/i18n.js';

/** Dutch UI strings of \`<${tag}>\`; the English ones are in ../en/${tag}.ts, a chunk loaded on first use. */
export const messages = {
  hide: 'Inhoud verbergen',
  show: 'Inhoud tonen',
};

export type ${pascal(tag)}MessageKey = keyof typeof messages;

export const ${camel(tag)}Text = messagePack(messages, () => import('../en/${tag}.js').then((module) => module.messages));
`;
}

function englishMessages(tag) {
  return `import type { ${pascal(tag)}MessageKey } from '../nl/${tag}.js';

/** English UI strings of \`<${tag}>\`, loaded the first time one speaks English. */
export const messages: Record<${pascal(tag)}MessageKey, string> = {
  hide: 'Hide the content',
  show: 'Show the content',
};
`;
}

function testSource(tag) {
  const Class = pascal(tag);
  return `import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/${tag}/define.js';
import type { ${Class} } from '../src/elements/${tag}/${tag}.js';
import { shadow, until, visibleText } from './helpers.js';

const toggle = (element: ${Class}) => shadow(element).querySelector<HTMLButtonElement>('[part="toggle"]')!;
const body = (element: ${Class}) => shadow(element).querySelector<HTMLElement>('[part="body"]')!;

describe('<${tag}>', () => {
  it('shows its title at the asked level and the page’s markup in its body', async () => {
    const element = await fixture<${Class}>(
      html\`<${tag} heading="Buurtkamer" heading-level="3"><p>Open op dinsdag.</p></${tag}>\`,
    );
    expect(shadow(element).querySelector('h3[part="title"]')?.textContent).to.equal('Buurtkamer');
    const slot = body(element).querySelector('slot')!;
    expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Open op dinsdag.']);
    expect(body(element).checkVisibility()).to.equal(true);
  });

  it('has no heading without a title', async () => {
    const element = await fixture<${Class}>(html\`<${tag}><p>Tekst</p></${tag}>\`);
    expect(shadow(element).querySelector('h2, h3, h4, h5, h6')).to.equal(null);
  });

  it('is accessible, open and closed', async () => {
    const element = await fixture<${Class}>(html\`<${tag} heading="Buurtkamer"><p>Open op dinsdag.</p></${tag}>\`);
    await expect(element).to.be.accessible();
    element.open = false;
    await element.updateComplete;
    await expect(element).to.be.accessible();
  });

  it('hides and shows its body from the keyboard, with aria-expanded and nabij-toggle', async () => {
    const element = await fixture<${Class}>(html\`<${tag} heading="Buurtkamer"><p>Open op dinsdag.</p></${tag}>\`);
    toggle(element).focus();
    expect(toggle(element).getAttribute('aria-expanded')).to.equal('true');
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const closed = await oneEvent(element, 'nabij-toggle');
    expect(closed.detail).to.deep.equal({ open: false });
    await element.updateComplete;
    expect(element.hasAttribute('open')).to.equal(false);
    expect(toggle(element).getAttribute('aria-expanded')).to.equal('false');
    expect(body(element).checkVisibility()).to.equal(false);
    expect(shadow(element).activeElement).to.equal(toggle(element));
    setTimeout(() => void sendKeys({ press: 'Space' }));
    const opened = await oneEvent(element, 'nabij-toggle');
    expect(opened.detail).to.deep.equal({ open: true });
    await element.updateComplete;
    expect(body(element).checkVisibility()).to.equal(true);
  });

  it('speaks the page’s language', async () => {
    const element = await fixture<${Class}>(html\`<${tag} lang="en" heading="Community room"><p>Open on Tuesdays.</p></${tag}>\`);
    await until(() => visibleText(toggle(element)) === 'Hide the content', 'the English label did not arrive');
    element.lang = 'nl';
    await until(() => visibleText(toggle(element)) === 'Inhoud verbergen');
  });
});
`;
}

function storySource(tag) {
  return `import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/${tag}/define.js';

const meta: Meta = {
  title: 'Elementen/${tag}',
  component: '${tag}',
};
export default meta;

export const MetTitel: StoryObj = {
  name: 'Met titel en inhoud',
  render: () =>
    html\`<${tag} heading="Buurtkamer" style="max-inline-size: 40rem">
      <p>De buurtkamer is open op dinsdag en donderdag, van tien tot vier.</p>
    </${tag}>\`,
};

export const Dicht: StoryObj = {
  name: 'Inhoud verborgen',
  render: () =>
    html\`<${tag} heading="Buurtkamer" .open=\${false} style="max-inline-size: 40rem">
      <p>De buurtkamer is open op dinsdag en donderdag, van tien tot vier.</p>
    </${tag}>\`,
};
`;
}

/** Inserts `text` before the first occurrence of `anchor` after `after` (or from the start), or fails. */
function insertBefore(path, anchor, text, after = '') {
  const source = readFileSync(join(root, path), 'utf8');
  const from = after ? source.indexOf(after) : 0;
  const at = from < 0 ? -1 : source.indexOf(anchor, from);
  if (at < 0) throw new Error(`${path}: cannot find ${JSON.stringify(anchor)} to add the element before it`);
  writeFileSync(join(root, path), source.slice(0, at) + text + source.slice(at));
}

/** Inserts `line` after the last line of `path` that matches `pattern`, or fails. */
function insertAfterLast(path, pattern, line) {
  const lines = readFileSync(join(root, path), 'utf8').split('\n');
  const last = lines.findLastIndex((candidate) => pattern.test(candidate));
  if (last < 0) throw new Error(`${path}: no line matches ${pattern}`);
  lines.splice(last + 1, 0, line);
  writeFileSync(join(root, path), lines.join('\n'));
}

function main() {
  const tag = process.argv[2] ?? '';
  const existing = readdirSync(join(root, 'src/elements'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const problem = tagProblem(tag, existing);
  if (problem) {
    console.error(`new-element: ${problem}`);
    process.exit(1);
  }
  const files = {
    [`src/elements/${tag}/${tag}.ts`]: elementSource(tag),
    [`src/elements/${tag}/define.ts`]: defineSource(tag),
    [`src/elements/${tag}/${tag}.styles.ts`]: stylesSource(tag),
    [`src/i18n/nl/${tag}.ts`]: dutchMessages(tag),
    [`src/i18n/en/${tag}.ts`]: englishMessages(tag),
    [`test/${tag}.test.ts`]: testSource(tag),
    [`stories/${tag}.stories.ts`]: storySource(tag),
  };
  const taken = Object.keys(files).filter((path) => existsSync(join(root, path)));
  if (taken.length) {
    console.error(`new-element: these files exist already: ${taken.join(', ')}`);
    process.exit(1);
  }
  mkdirSync(join(root, 'src/elements', tag), { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);

  insertBefore(
    'src/index.ts',
    "export { defineElement } from './core/define.js';",
    `export { ${pascal(tag)}, define as define${pascal(tag)} } from './elements/${tag}/${tag}.js';\n`,
  );
  insertAfterLast(
    'test/elements.ts',
    /^import '\.\.\/src\/elements\/[a-z0-9-]+\/define\.js';$/,
    `import '../src/elements/${tag}/define.js';`,
  );
  insertBefore(
    'test/elements.ts',
    '\n];',
    `\n  { tag: '${tag}', attributes: { heading: 'Buurtkamer' } },`,
    'export const elements',
  );

  const written = [...Object.keys(files), 'src/index.ts', 'test/elements.ts'];
  execFileSync('npx', ['prettier', '--log-level', 'warn', '--write', ...written], { cwd: root, stdio: 'inherit' });
  console.log(`<${tag}>: created ${Object.keys(files).join(', ')}; registered in src/index.ts and test/elements.ts.
Next: npm run analyze (manifest, autoloader table, docs/elements.md), then
  NABIJ_FIREFOX=0 npx web-test-runner test/${tag}.test.ts
A size budget other than the default: add a row for <${tag}> to ELEMENT_BUDGETS in .size-limit.mjs.`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
