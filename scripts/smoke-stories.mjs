/**
 * Opens every story of a built Storybook (from its index.json, not a hand list) in headless Chromium and fails
 * when a story throws, logs a console error, leaves a Nabij element without rendered content, or has an axe
 * violation (axe-core, WCAG 2.1 A and AA rules, into shadow roots) in what the story renders; then, at 320 CSS
 * pixels wide (a 1280-pixel window at 400 % zoom), when the page scrolls sideways; and with reduced motion asked
 * for, when anything still animates. It tabs through every story (a visible focus indicator at each stop, and
 * focus leaves the story: no trap), and renders it in forced-colours mode and for print.
 * Usage: node scripts/smoke-stories.mjs [storybook-static]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { chromiumFlags, findChromium } from './browsers.mjs';
import { inside, listen, staticServer } from './static-server.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const root = resolve(process.argv[2] ?? 'storybook-static');
const server = staticServer({ resolveFile: (pathname) => inside(root, pathname) });
const base = await listen(server);

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const found = await findChromium();
const browser = await chromium.launch({
  executablePath: found.executablePath,
  args: [...found.args, ...chromiumFlags],
});
let failures = 0;
try {
  for (const story of stories) {
    const page = await browser.newPage({ reducedMotion: 'reduce' });
    const problems = [];
    let tabStops = 0;
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      // Failed requests are reported by URL below, so the favicon's 404 can be told from a missing module.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        problems.push(`console: ${message.text()}`);
      }
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/favicon.svg')) {
        problems.push(`HTTP ${response.status()}: ${response.url()}`);
      }
    });
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
      for (let i = 0; i < 60; i++) {
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
      if (visited.length >= 60) problems.push('Tab did not leave the story after 60 stops (a trap?)');
      tabStops = visited.length;

      // Forced colours (Windows high contrast) and print: the story still renders, and print shows at least as
      // much as the screen (collapsed parts open, nothing hidden).
      await page.emulateMedia({ forcedColors: 'active' });
      const forced = await page.evaluate(
        () => document.querySelector('#storybook-root').getBoundingClientRect().height,
      );
      if (forced < 20) problems.push('nothing visible in forced-colours mode');
      await page.emulateMedia({ forcedColors: 'none' });
      const screenHeight = await page.evaluate(() => document.querySelector('#storybook-root').scrollHeight);
      await page.emulateMedia({ media: 'print' });
      const printHeight = await page.evaluate(() => document.querySelector('#storybook-root').scrollHeight);
      await page.emulateMedia({ media: 'screen' });
      if (printHeight + 40 < screenHeight * 0.6)
        problems.push(`print shows much less than the screen (${printHeight} vs ${screenHeight} px)`);
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
console.log(
  `stories (rendered, axe clean, 320 px reflow, reduced motion, Tab walk, forced colours, print): ${stories.length - failures} passed, ${failures} failed`,
);
process.exit(failures ? 1 : 0);
