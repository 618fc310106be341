// Shared set-up for the browser tests: the built site (dist/) served on 127.0.0.1, driven in
// Debian's Chromium with playwright-core. Every test page records requests to other origins and
// console errors, so each test can assert there were none.
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import assert from 'node:assert/strict';
import { startServer } from '../serve.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const DIST = resolve(import.meta.dirname, '../../dist');

/** Every page of the site with its route, from the route table in navigator-core
 * (`navigator-site routes`): its address, the heading it opens with, whether it is one of the app's
 * views (`view`), and the part of the app it starts (`part`: each part is its own binary), or
 * null if it is complete as written and never downloads the app. */
export const PAGES = JSON.parse(
  execFileSync('cargo', ['run', '--quiet', '--offline', '-p', 'navigator-site', '--', 'routes'], {
    cwd: resolve(import.meta.dirname, '../..'),
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  }),
);

/** The page that stands for each route with a page per slug or id, and the addresses tests use
 * in place of a route's own: a search with words in it, and an address the site does not have. */
const EXAMPLE = { GuidancePage: '/guidance/sore-throat', ServicePage: '/services/utc-medway-maritime' };
const ADDRESS = { Search: '/search#q=sore%20throat', NotFound: '/no-such-page' };

/** One page of every route in the table. `app` marks the app's own views, which need
 * JavaScript; `plain` the pages that are complete as written and never download the app; `part`
 * names the part of the app the others start (navigator_core::routes::AppPart). */
export const ROUTES = [...new Set(PAGES.map((page) => page.route))].map((route) => {
  const pages = PAGES.filter((page) => page.route === route);
  const page = pages.find((each) => each.path === EXAMPLE[route]) ?? pages[0];
  return { route, path: ADDRESS[route] ?? page.path, heading: page.heading, app: page.view, plain: page.part === null, part: page.part };
});

/** Starts the server and a browser; returns helpers and a `close` to call in `after`. */
/** When every page's clock starts, so that no test depends on the hour it runs: KMCN_CLOCK
 * (make test also runs the suite at 23:30 UK time, winter and summer), or a Monday morning.
 * Tests about a particular moment set their own. */
export const START_TIME = new Date(process.env.KMCN_CLOCK || '2026-11-23T10:00:00Z');

export async function launch(dist = DIST) {
  const server = await startServer(dist, 0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    // playwright gives each launch a fresh, empty profile of its own.
  });

  /** A fresh context (own storage) and page that records problems. Its clock reads `clock`
   * (START_TIME unless given; `null` for a test that installs its own); timers run as usual. */
  async function open(path = '/', { clock = START_TIME, ...options } = {}) {
    // The service worker is left out unless a test is about it, so that each test sees the
    // network as the page does.
    const context = await browser.newContext({ viewport: { width: 1024, height: 800 }, serviceWorkers: 'block', ...options });
    const page = await context.newPage();
    if (clock) await context.clock.setFixedTime(clock);
    page.problems = { foreignRequests: [], consoleErrors: [] };
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) return;
      if (url.origin !== origin) page.problems.foreignRequests.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      // An unknown address is answered with the not-found page and status 404, which Chromium
      // reports for the page itself. A 404 for anything the page loads still counts.
      const forThisPage = message.location().url === page.url() && /status of 404/.test(message.text());
      if (!forThisPage) page.problems.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => page.problems.consoleErrors.push(error.message));
    // Anything the security policy blocks, as the browser reports it to the page.
    await page.addInitScript(() => {
      window.policyViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.policyViolations.push(`${event.violatedDirective} blocked ${event.blockedURI}`);
      });
    });
    if (path !== null) await goto(page, path);
    return page;
  }

  /** Loads a path and waits for the page to be ready: for a page that starts the app, until
   * the app has drawn it. */
  async function goto(page, path) {
    await page.goto(origin + path);
    await waitUntilReady(page);
    await page.locator('main h1').first().waitFor();
  }

  /** Opens `path` as the service worker answers, offline, an address whose page it did not
   * keep: with the app shell, which starts the pages part to draw the page from its fragment.
   * The network stays on, so a test can watch the fragments' requests, or refuse them. */
  async function openInShell(path) {
    const page = await open(null);
    await page.route(origin + path, async (route) => {
      await route.fulfill({ response: await route.fetch({ url: `${origin}/app-shell.html` }) });
    });
    await goto(page, path);
    return page;
  }

  async function close() {
    await browser.close();
    await new Promise((done) => server.close(done));
  }

  return { origin, browser, open, openInShell, goto, close };
}

/** Waits until the page has loaded and, if it starts the app, until the app has drawn it. */
export async function waitUntilReady(page) {
  await page.waitForFunction(
    () => document.readyState === 'complete' && (document.documentElement.dataset.app === 'ready' || document.querySelector('link[rel="modulepreload"]') === null),
  );
}

/** Asserts the page made no request to another origin, logged no errors and broke no policy. */
export async function assertClean(page) {
  assert.deepEqual(page.problems.foreignRequests, [], 'requests to other origins');
  assert.deepEqual(page.problems.consoleErrors, [], 'console errors');
  assert.deepEqual(await page.evaluate(() => window.policyViolations), [], 'security policy violations');
}

/** Runs axe-core with the WCAG 2.2 A and AA rules and returns the violations. */
export async function axeViolations(page) {
  // Check the resting state: a pointer left over a link after a click changes its style.
  await page.mouse.move(0, 0);
  if (!(await page.evaluate(() => 'axe' in window))) {
    // Evaluated by the test driver, which the page's security policy does not govern.
    await page.evaluate(AXE_SOURCE);
  }
  const results = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    }),
  );
  return results.violations.map((violation) => ({
    id: violation.id,
    help: violation.help,
    nodes: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

export async function assertAccessible(page, label) {
  assert.deepEqual(await axeViolations(page), [], `axe violations on ${label}`);
}

/** Presses Tab until the focused element matches `selector`; fails if it never does. */
export async function tabTo(page, selector, limit = 80) {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  assert.fail(`Tab never reached ${selector}`);
}

/** Answers one question from the keyboard: Tab to the radios, arrow to the answer, Tab to Continue, Enter. */
export async function keyboardChoose(page, label) {
  const id = await page.locator('main label', { hasText: label }).first().getAttribute('for');
  // Start where the app puts focus once it has drawn the question: its heading. Tabbing sooner
  // races that move, which takes focus back to the top mid-answer.
  await page.waitForFunction(() => document.activeElement !== null && document.activeElement === document.querySelector('main h1'));
  await tabTo(page, 'main input[type="radio"]');
  const options = await page.locator('main input[type="radio"]').count();
  for (let presses = 0; !(await page.evaluate((target) => document.activeElement.id === target, id)); presses += 1) {
    if (presses > options) assert.fail(`the arrow keys never reached ${id}`);
    await page.keyboard.press('ArrowDown');
  }
  // Arrow keys select as they move; the first radio needs Space.
  await page.keyboard.press('Space');
  await tabTo(page, 'main button[type="submit"]');
  await page.keyboard.press('Enter');
}

/** Presses Tab until a button with exactly this text has focus; fails if none does. */
export async function tabToButton(page, text, limit = 200) {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => [document.activeElement?.tagName, document.activeElement?.textContent?.trim()]);
    if (focused[0] === 'BUTTON' && focused[1] === text) return;
  }
  assert.fail(`Tab never reached the button "${text}"`);
}

export async function focusedText(page) {
  return page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
}

// Answering the questions of "Find the right service".

/** The page heading as read on screen, without the care card's visually hidden prefix. */
export const heading = (page) =>
  page.locator('main h1').evaluate((h1) => {
    const copy = h1.cloneNode(true);
    copy.querySelectorAll('.nhsuk-u-visually-hidden').forEach((hidden) => hidden.remove());
    return copy.textContent.trim();
  });

/** Answers one question with the mouse: click the label, then Continue. */
export async function click(page, label) {
  await page.locator('main label', { hasText: label }).first().click();
  await page.locator('main button[type="submit"]', { hasText: 'Continue' }).click();
}

/**
 * Answers each question until an outcome shows: the answer paired with the first pattern that
 * matches the question, or "No". Questions are found by their words, so the journeys keep working
 * when a problem gains a question that does not change where they end.
 */
export async function answerUntilOutcome(page, answers, choose = click) {
  for (let asked = 0; asked < 40; asked += 1) {
    if ((await page.locator('#outcome').count()) > 0) return;
    const question = await heading(page);
    const answer = answers.find(([pattern]) => pattern.test(question))?.[1] ?? 'No';
    await choose(page, answer);
    await page.waitForFunction(
      (previous) => document.querySelector('#outcome') || document.querySelector('main h1')?.textContent.trim() !== previous,
      question,
    );
  }
  throw new Error('no outcome after 40 questions');
}

/** Gets past the first two questions: no emergency signs, and the help is for the person asking. */
export async function noSignsForMe(page) {
  await click(page, 'None of these');
  assert.equal(await heading(page), 'Who needs help?');
  await click(page, /^Me$/);
  assert.equal(await heading(page), 'How old are you?');
}

/** Opens every Easy Read card. */
export async function openEveryCard(page) {
  await page.locator('main details.kmcn-easy-read-card-print').evaluateAll((all) => all.forEach((card) => { card.open = true; }));
}
