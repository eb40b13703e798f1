/**
 * Opens every story of a built Storybook (from its index.json, not a hand list) in headless Chromium and fails
 * when a story throws, logs a console error, leaves a Nabij element without rendered content, or has an axe
 * violation (axe-core, WCAG 2.1 A and AA rules, into shadow roots) in what the story renders; then, at 320 CSS
 * pixels wide (a 1280-pixel window at 400 % zoom), when the page scrolls sideways; and with reduced motion asked
 * for, when anything still animates. It tabs through every story (a visible focus indicator at each stop, and
 * focus leaves the story: no trap) and renders it in forced-colours mode.
 *
 * Accessibility tree: each story's tree (Playwright's ariaSnapshot, roles and names through shadow roots) is
 * compared with test/aria-snapshots/<story>.aria.yml, so a change in names or roles shows up in review. A
 * difference, a missing file or a file without a story fails; `--update-snapshots` rewrites them.
 *
 * Print: with print media, every text an element holds (outside its controls) must be rendered somewhere, so
 * collapsed, stepwise and popover content comes out expanded; a full-page screenshot goes to reports/print/.
 *
 * Gallery: a story tagged `gallery` (stories/gallery.stories.ts, every element in its default state) is also
 * saved on screen, as it loaded, before any check resizes or tabs through it: full-page screenshots at 1280
 * and 360 CSS px in reports/gallery/, for the visual review before a release (docs/quality.md).
 * Usage: node scripts/check/smoke-stories.mjs [storybook-static] [--update-snapshots]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { launchChromium } from '../lib/browsers.mjs';
import { watchPage } from '../lib/page-watch.mjs';
import { inside, listen, staticServer } from '../lib/static-server.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const args = process.argv.slice(2);
const updateSnapshots = args.includes('--update-snapshots');
const root = resolve(args.find((arg) => !arg.startsWith('--')) ?? 'storybook-static');
const snapshotDir = resolve('test/aria-snapshots');
const printDir = resolve('reports/print');
const galleryDir = resolve('reports/gallery');
for (const dir of [printDir, galleryDir]) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
}
const GALLERY_WIDTHS = [1280, 360];
/** More Tab stops than any story has (the gallery, with both indexes, about 90): more means focus is caught. */
const MAX_TAB_STOPS = 150;
mkdirSync(snapshotDir, { recursive: true });
const server = staticServer({ resolveFile: (pathname) => inside(root, pathname) });
const base = await listen(server);

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const browser = await launchChromium();
let failures = 0;
try {
  for (const story of stories) {
    const page = await browser.newPage({ reducedMotion: 'reduce' });
    const problems = [];
    let tabStops = 0;
    await watchPage(page, problems);
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`);
    try {
      await page.waitForFunction(
        () => {
          const elements = [...document.querySelectorAll('#storybook-root *')].filter((el) =>
            el.localName.includes('-'),
          );
          return (
            elements.length > 0 &&
            elements.every((el) =>
              el.shadowRoot?.querySelector(
                '[part="card"], [part="tool"], [part="case"], [part="index"], [part="trigger"], [role="alert"]',
              ),
            )
          );
        },
        null,
        { timeout: 15000 },
      );
      // Give lazy chunks (English strings, search) a moment, then check what the story shows.
      await page.waitForTimeout(300);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run('#storybook-root', {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        });
        return result.violations.map((v) => `${v.id} (${v.nodes.length}×): ${v.help}`);
      });
      problems.push(...violations.map((violation) => `axe: ${violation}`));
      problems.push(...compareAriaSnapshot(story.id, await page.locator('#storybook-root').ariaSnapshot()));
      if (story.tags?.includes('gallery')) {
        for (const width of GALLERY_WIDTHS) {
          await page.setViewportSize({ width, height: 800 });
          await page.waitForTimeout(300);
          await page.screenshot({ path: join(galleryDir, `${story.id}-${width}.png`), fullPage: true });
        }
      }
      await page.setViewportSize({ width: 320, height: 640 });
      await page.waitForTimeout(100);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (overflow > 1) problems.push(`at 320 px wide the page scrolls sideways by ${overflow} px`);
      const moving = await page.evaluate(() => document.getAnimations().length);
      if (moving) problems.push(`${moving} animation(s) run although reduced motion is asked for`);
      await page.setViewportSize({ width: 1000, height: 800 });

      // Keyboard: Tab through the story. Every stop must show a focus indicator, and focus must leave the
      // story at the end (no trap). Focus is followed into shadow roots.
      const visited = [];
      for (let i = 0; i < MAX_TAB_STOPS; i++) {
        await page.keyboard.press('Tab');
        const stop = await page.evaluate(() => {
          let active = document.activeElement;
          while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
          if (!active || active === document.body) return null;
          const style = getComputedStyle(active);
          const ring =
            (parseFloat(style.outlineWidth) > 0 && style.outlineStyle !== 'none') || style.boxShadow !== 'none';
          let outermost = active;
          while (outermost.getRootNode() instanceof ShadowRoot) outermost = outermost.getRootNode().host;
          const inStory = document.querySelector('#storybook-root')?.contains(outermost);
          return { name: `${active.localName}${active.id ? `#${active.id}` : ''}`, ring, inStory };
        });
        if (!stop || !stop.inStory) break;
        visited.push(stop);
        if (!stop.ring) problems.push(`focus on ${stop.name} has no visible indicator`);
      }
      if (visited.length >= MAX_TAB_STOPS) {
        problems.push(`Tab did not leave the story after ${MAX_TAB_STOPS} stops (a trap?)`);
      }
      tabStops = visited.length;

      // Forced colours (Windows high contrast): the story still renders.
      await page.emulateMedia({ forcedColors: 'active' });
      const forced = await page.evaluate(
        () => document.querySelector('#storybook-root').getBoundingClientRect().height,
      );
      if (forced < 20) problems.push('nothing visible in forced-colours mode');
      await page.emulateMedia({ forcedColors: 'none', media: 'print' });
      const unprinted = await page.evaluate(textsMissingInPrint);
      problems.push(...unprinted.map((text) => `print leaves out: "${text}"`));
      const printedControls = await page.evaluate(controlsInPrint);
      problems.push(...printedControls.map((control) => `print shows a control: ${control}`));
      await page.screenshot({ path: join(printDir, `${story.id}.png`), fullPage: true });
      await page.emulateMedia({ media: 'screen' });
    } catch (error) {
      problems.push(`a Nabij element did not render its content or an error (${String(error).split('\n')[0]})`);
    }
    console.log(
      `${problems.length ? '✗' : '✓'} ${story.title} / ${story.name} (${tabStops} Tab stops)${problems.map((p) => `\n    ${p}`).join('')}`,
    );
    failures += problems.length ? 1 : 0;
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
const storyIds = new Set(stories.map((story) => story.id));
for (const file of readdirSync(snapshotDir)) {
  const id = file.replace(/\.aria\.yml$/, '');
  if (storyIds.has(id)) continue;
  if (updateSnapshots) rmSync(join(snapshotDir, file));
  else {
    console.log(`✗ test/aria-snapshots/${file} belongs to no story (remove it or run with --update-snapshots)`);
    failures++;
  }
}
console.log(`print screenshots: ${printDir}`);
console.log(`gallery screenshots (${GALLERY_WIDTHS.join(' and ')} px): ${galleryDir}`);
console.log(
  `stories (rendered, axe clean, accessibility tree, 320 px reflow, reduced motion, Tab walk, forced colours, print): ${stories.length - failures} passed, ${failures} failed`,
);
process.exit(failures ? 1 : 0);

/**
 * Texts are cut after 50 characters, so the snapshots track roles, names and structure (the wording itself is
 * reviewed in content/), and no snapshot line repeats ten-odd words of a source publication, as a reference
 * written out in full would. Returns the problems to report.
 */
function compareAriaSnapshot(id, snapshot) {
  const trimmed = `${snapshot
    .split('\n')
    .map((line) => line.replace(/(: |")([^"\n]{50})[^"\n]{10,}/g, '$1$2…'))
    .join('\n')}\n`;
  const file = join(snapshotDir, `${id}.aria.yml`);
  const stored = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (trimmed === stored) return [];
  if (updateSnapshots) {
    writeFileSync(file, trimmed);
    return [];
  }
  if (stored === undefined) return [`no accessibility-tree snapshot: run with --update-snapshots and commit ${file}`];
  return [`the accessibility tree changed (run with --update-snapshots to accept):\n${lineDiff(stored, trimmed)}`];
}

/** The lines that differ, marked - (stored) and + (now); enough to see what changed without a diff library. */
function lineDiff(before, after) {
  const old = before.split('\n');
  const now = after.split('\n');
  let start = 0;
  while (start < old.length && start < now.length && old[start] === now[start]) start++;
  let oldEnd = old.length;
  let nowEnd = now.length;
  while (oldEnd > start && nowEnd > start && old[oldEnd - 1] === now[nowEnd - 1]) {
    oldEnd--;
    nowEnd--;
  }
  return [
    ...old.slice(start, oldEnd).map((line) => `      - ${line}`),
    ...now.slice(start, nowEnd).map((line) => `      + ${line}`),
  ]
    .slice(0, 40)
    .join('\n');
}

/**
 * Runs in the page with print media on: collects every text inside the Nabij elements of the story (through
 * shadow roots, leaving out controls, whose labels are screen chrome) and returns those that no rendered text
 * contains. Hidden-on-screen content (closed disclosures, later steps, the compact card's extra parts) stays in
 * the DOM, so this shows whether print brings it out.
 */
function textsMissingInPrint() {
  const CHROME =
    'button, select, option, input, textarea, label, legend, style, script, template, [role="status"], [data-screen-only]';
  const all = [];
  const printed = [];
  const walk = (root) => {
    for (const node of root.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        const text = node.data.replace(/\s+/g, ' ').trim();
        const parent = node.parentElement;
        if (!text || !parent || parent.closest(CHROME)) continue;
        all.push(text);
        if (parent.checkVisibility({ opacityProperty: true, visibilityProperty: true })) printed.push(text);
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        if (node.shadowRoot) walk(node.shadowRoot);
        walk(node);
      }
    }
  };
  const hosts = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.shadowRoot);
  for (const host of hosts.filter((el) => !hosts.some((other) => other !== el && other.contains(el)))) {
    walk(host.shadowRoot);
    walk(host);
  }
  const printedText = printed.join(' ');
  return [...new Set(all.filter((text) => !printedText.includes(text)))].map((text) =>
    text.length > 60 ? `${text.slice(0, 60)}…` : text,
  );
}

/**
 * Runs in the page with print media on: form fields and disclosure toggles inside Nabij elements that print
 * still renders. (Buttons that carry content, such as a case title that opens the case, print as text.)
 */
function controlsInPrint() {
  const found = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.matches('input, select, textarea, .disclosure') && el.checkVisibility({ visibilityProperty: true })) {
        found.push(
          `<${el.localName}> “${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)}”`,
        );
      }
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document.querySelector('#storybook-root'));
  return [...new Set(found)];
}
