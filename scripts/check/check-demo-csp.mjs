/**
 * Opens demo/ (the one-script-tag CDN page) under a strict Content-Security-Policy with Trusted Types in
 * headless Chromium, and fails on any CSP violation, page error, request to another origin, or a card that
 * shows neither its lemma nor an error. Needs `npm run build` first.
 */
import { launchChromium } from '../lib/browsers.mjs';
import { createDemoServer } from '../dev/serve-demo.mjs';
import { readViolations, watchPage } from '../lib/page-watch.mjs';
import { listen } from '../lib/static-server.mjs';

const server = createDemoServer();
const origin = await listen(server);
const browser = await launchChromium();
const problems = [];
try {
  const page = await browser.newPage();
  // The demo's last card asks for a file that does not exist, to show the error state.
  await watchPage(page, problems, { origin, failing: ['/demo/bestaat-niet.json'] });
  await page.goto(`${origin}/demo/`);
  await page.waitForFunction(
    () =>
      [
        ...document.querySelectorAll('lemma-card, ladder-van-verbintenis, casus-viewer, casus-index, lemma-index'),
      ].every((element) =>
        element.shadowRoot?.querySelector(
          '[part="card"], [part="tool"], [part="case"], [part="index"], [role="alert"]',
        ),
      ),
    null,
    { timeout: 15000 },
  );
  const cards = await page.$$eval('lemma-card', (elements) =>
    elements.map((element) =>
      element.shadowRoot.querySelector('[part="title"], [role="alert"] strong').textContent.trim(),
    ),
  );
  const ladderTitle = await page.$eval('ladder-van-verbintenis', (element) =>
    element.shadowRoot.querySelector('[part="title"]')?.textContent.trim(),
  );
  if (ladderTitle !== 'Ladder van onderlinge verbintenissen')
    problems.push(`the ladder did not render (${ladderTitle})`);
  // Use the ladder under the policy: restore marks and switch to group mode, which renders markers and bars.
  const restored = await page.evaluate(async () => {
    const ladder = document.querySelector('ladder-van-verbintenis');
    const ok = await ladder.restoreState({
      format: 'nabij-ladder-state',
      version: 1,
      ladder: 'ladder-van-onderlinge-verbintenissen',
      places: [{ name: 'Lindenstraat', now: 'anonimiteit', want: 'alledaagse-attentheid' }],
      participants: [{ now: 'anonimiteit' }],
    });
    ladder.mode = 'group';
    await ladder.updateComplete;
    return ok && Boolean(ladder.shadowRoot.querySelector('.bar'));
  });
  if (!restored) problems.push('the ladder did not take a state or draw its tally');
  // Open a term's popover (top layer, placed by script or anchor positioning) and search the index.
  await page.evaluate(() => {
    document.querySelector('lemma-term').shadowRoot.querySelector('button').click();
    const input = document.querySelector('lemma-index').shadowRoot.querySelector('#search');
    input.value = 'vertrouwen';
    input.dispatchEvent(new Event('input'));
  });
  await page.waitForFunction(() => document.querySelector('lemma-index').shadowRoot.querySelector('mark'), null, {
    timeout: 10000,
  });
  const violations = await readViolations(page);
  problems.push(...violations.map((violation) => `CSP violation: ${violation}`));
  const expected = [
    'Lemma: Sociale basis',
    'Lemma: Wederkerigheid',
    'Lemma: Alledaagse attentheid',
    'Lemma: Buurtkamer',
  ];
  for (const title of expected)
    if (!cards.includes(title)) problems.push(`missing card "${title}" (saw ${cards.join(' | ')})`);
  if (!cards.includes('Deze inhoud kan niet worden getoond')) problems.push('the broken card does not show its error');
  console.log(
    `demo under strict CSP: ${cards.length} cards, a ladder, a case, two indexes and a term in use, ${violations.length} violations`,
  );
} finally {
  await browser.close();
  server.close();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
