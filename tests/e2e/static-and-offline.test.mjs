// Pages that read before and without the app, the app taking over without anything moving,
// the site working offline after one visit, updates on the next visit, installing, and the
// security policy.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, ROUTES, START_TIME, assertAccessible, assertClean, launch } from './support.mjs';

let site;
before(async () => {
  site = await launch();
});
after(() => site.close());

const mainText = (page) => page.locator('main').innerText();

test('without JavaScript, content pages show their content and app views say what to do instead', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const route of ROUTES) {
    const response = await page.goto(site.origin + route.path);
    assert.equal(response.status(), route.path === '/no-such-page' ? 404 : 200, route.path);
    const text = await mainText(page);
    assert.ok(await page.locator('header a[href="tel:999"]').isVisible(), `${route.path}: the urgent help strip`);
    assert.equal(await page.locator('main .kmcn-loading:visible').count(), 0, `${route.path} says it is loading`);
    if (route.app) {
      assert.match(text, /needs JavaScript/, route.path);
      assert.ok(await page.locator('main a[href="tel:999"]').isVisible(), `${route.path}: 999`);
      assert.ok(await page.locator('main a[href="tel:111"]').first().isVisible(), `${route.path}: 111`);
    } else {
      assert.equal(await page.locator('main h1').innerText(), route.heading, route.path);
      assert.doesNotMatch(text, /needs JavaScript/, route.path);
    }
  }
  await context.close();

  // If the app cannot load, the page says so and shows what it shows without JavaScript,
  // checked with axe (which needs JavaScript).
  const fallback = await site.open(null);
  await fallback.route('**/*.wasm', (route) => route.abort());
  await fallback.goto(site.origin + '/where-to-go');
  await fallback.locator('html[data-app="failed"]').waitFor({ state: 'attached' });
  assert.ok(!(await fallback.locator('#red-flags').isVisible()), 'the form that needs the app is hidden');
  assert.equal(await fallback.locator('main .kmcn-loading:visible').count(), 0);
  assert.match(await mainText(fallback), /This part of the site did not load/);
  assert.match(await mainText(fallback), /If you need medical help now/);
  // The questions' first screen, the emergency signs, can be read before the app starts.
  assert.match(await mainText(fallback), /Call 999 now\s+If any of these is happening now, or has just happened:\s+Struggling to breathe, or not breathing/);
  assert.match(await mainText(fallback), /Go to A&E now\s+If any of these is happening now, or has just happened:[\s\S]*A baby under 3 months with a temperature of 38°C or higher/);
  await assertAccessible(fallback, 'the fallback of an app view');
  // The tracker's page as written keeps room for its view: if its part cannot load, that room
  // and the view's opening give way to what to do instead.
  await fallback.goto(site.origin + '/five-a-day');
  await fallback.locator('html[data-app="failed"]').waitFor({ state: 'attached' });
  assert.match(await mainText(fallback), /This part of the site did not load/);
  assert.equal(await fallback.locator('main .kmcn-tracker-pending:visible, main nav.kmcn-subnav:visible').count(), 0);
  assert.equal(await fallback.locator('main h1:visible').count(), 1);
  await fallback.context().close();
});

test('without JavaScript, every guidance page and every service page reads in full', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const slugs = readdirSync(join(DIST, 'guidance'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  assert.ok(slugs.length >= 60, `${slugs.length} guidance pages`);
  for (const slug of slugs) {
    await page.goto(`${site.origin}/guidance/${slug}`);
    assert.ok((await page.locator('main .kmcn-guidance h2').count()) > 0, `${slug} has no body`);
    assert.match(await page.locator('.nhsuk-review-date').innerText(), /Next review due: \d+ \w+ 20\d\d/, slug);
  }
  await page.goto(`${site.origin}/services`);
  const services = await page.locator('main li.kmcn-place a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  assert.ok(services.length >= 40, `${services.length} services`);
  for (const href of services) {
    await page.goto(site.origin + href);
    assert.match(await mainText(page), /Details checked on \d+ \w+ 20\d\d/, href);
  }
  await context.close();
});

test('the questions fetch the rule set beside the app, and say so if it cannot be fetched', async () => {
  const page = await site.open(null);
  let blocked = true;
  await page.route('**/content/rules-*.bin', (route) => (blocked ? route.abort() : route.continue()));
  await page.goto(site.origin + '/where-to-go');
  await page.locator('main h1', { hasText: 'The questions could not be loaded' }).waitFor();
  assert.match(await mainText(page), /call 111\. In an emergency, call 999/);
  await assertAccessible(page, 'the questions without their rules');
  blocked = false;
  await Promise.all([page.waitForEvent('load'), page.locator('main button', { hasText: 'Try again' }).click()]);
  await page.locator('main h1', { hasText: 'Is any of these happening now' }).waitFor();
  // Asked for by the page itself, beside the app, not after the app has started: only the
  // rules' signs, which are all the first questions need; care navigation, which finds the
  // problem first, the opening, which adds each problem's listing.
  assert.equal(await page.locator('head link[rel="preload"][as="fetch"][href^="/content/rules-"]').count(), 1);
  assert.equal(await page.locator('head link[rel="preload"][as="fetch"][href^="/content/rules-signs-"]').count(), 1);
  await site.goto(page, '/practice-staff');
  assert.equal(await page.locator('head link[rel="preload"][as="fetch"][href^="/content/rules-"]').count(), 1);
  assert.equal(await page.locator('head link[rel="preload"][as="fetch"][href^="/content/rules-opening-"]').count(), 1);
  await page.context().close();

  // Only the questions download the rules: not the tracker, nor search, which offers the
  // questions from the problems' listings, fetched on the first search, as its index is.
  const tracker = await site.open(null);
  const requested = [];
  tracker.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const fetched = (prefix) => requested.filter((path) => path.startsWith(prefix)).length;
  await site.goto(tracker, '/five-a-day');
  await site.goto(tracker, '/search');
  assert.equal(fetched('/content/problems-'), 0);
  assert.equal(fetched('/content/search-'), 0);
  await tracker.locator('#search-page-field').fill('chest pain');
  await tracker.locator('main form button[type="submit"]').click();
  await tracker.locator('main .kmcn-problems-matching a', { hasText: 'Chest pain' }).waitFor();
  assert.equal(fetched('/content/problems-'), 1);
  assert.equal(fetched('/content/search-'), 1);
  assert.equal(fetched('/content/rules-'), 0);
  await assertClean(tracker);
  await tracker.context().close();
});

/** Each element shown in `main`, with its id, classes and position, except inside the slots the
 * app fills with "open now", and the unstyled wrappers right inside `main` (the page's is
 * written, the app's drawn). */
const layout = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('main *')]
      .filter((element) => element.checkVisibility())
      .filter((element) => !element.closest('.kmcn-open-now'))
      .filter((element) => !(element.parentElement.id === 'maincontent' && element.tagName === 'DIV' && element.classList.length === 0))
      .map((element) => {
        const box = element.getBoundingClientRect();
        return `${element.tagName}#${element.id}.${[...element.classList].join('.')} ${Math.round(box.top)} ${Math.round(box.left)} ${Math.round(box.width)} ${Math.round(box.height)}`;
      }),
  );

/** A page whose app is held back until `release` is called. */
async function withAppHeld(options = {}) {
  const page = await site.open(null, { viewport: { width: 390, height: 800 }, ...options });
  let release;
  const held = new Promise((done) => (release = done));
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  return { page, release };
}

test('the app takes over a page without anything on screen moving, and fills in what is open', async () => {
  // The content pages that start the app (those with a part only the app fills in), Find a
  // service, whose list as written the app keeps, and the questions and care navigation, whose
  // pages as written are the app's first drawing of them.
  const withoutPlaces = ['/where-to-go', '/practice-staff'];
  for (const path of ['/services/miu-sheppey', '/services/utc-medway-maritime', '/services', ...withoutPlaces]) {
    // Playwright's clock also stands in for `performance`, whose paint timings this test reads,
    // so the time is pinned by replacing only `Date`.
    const { page, release } = await withAppHeld({ clock: null });
    await page.addInitScript((fixed) => {
      const RealDate = Date;
      window.Date = class extends RealDate {
        constructor(...args) {
          super(...(args.length ? args : [fixed]));
        }
        static now() {
          return fixed;
        }
      };
    }, START_TIME.getTime());
    // The app is held back until the page as written has been drawn and measured.
    await page.goto(site.origin + path, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    const before = await layout(page);
    const screenBefore = await page.screenshot();
    release();
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    assert.deepEqual(await layout(page), before, `${path} moved when the app started`);
    const tags = await page.locator('main .kmcn-open-now .nhsuk-tag').allInnerTexts();
    assert.equal(tags.length, await page.locator('main .kmcn-open-now').count(), `${path} shows whether each place is open`);
    assert.ok(tags.length >= 1 || withoutPlaces.includes(path), path);
    if (path === '/services/miu-sheppey') {
      assert.match(tags[0], /^(Open now, closes at 8pm|Closed now, opens at 8am( tomorrow)?)$/);
    }
    // Only the open-now lines, whose space was kept for them, changed on screen.
    await page.locator('main .kmcn-open-now').evaluateAll((slots) => slots.forEach((slot) => slot.replaceChildren()));
    assert.ok(Buffer.compare(screenBefore, await page.screenshot()) === 0, `${path} looks different once the app started`);
    await assertClean(page);
    await page.context().close();
  }
});

test("the tracker's pages as written show its links and the view's opening where the tracker draws them, and keep the footer out of sight until it has", async () => {
  for (const [path, heading] of [['/five-a-day', 'Five a day for the mind'], ['/five-a-day/history', 'Looking back'], ['/five-a-day/your-data', 'Your data']]) {
    const { page, release } = await withAppHeld();
    await page.goto(site.origin + path, { waitUntil: 'domcontentloaded' });
    await page.locator('main h1:visible').waitFor();
    const opening = () =>
      page.evaluate(() =>
        ['nav.kmcn-subnav', 'main h1', 'main .nhsuk-lede-text'].map((selector) => {
          const shown = [...document.querySelectorAll(selector)].filter((element) => element.checkVisibility());
          const box = shown[0]?.getBoundingClientRect();
          return `${selector} ×${shown.length}: ${shown[0]?.textContent.slice(0, 40)} ${Math.round(box?.top)} ${Math.round(box?.height)}`;
        }),
      );
    const footerShown = () => page.evaluate(() => document.querySelector('footer').getBoundingClientRect().top < innerHeight);
    const before = await opening();
    assert.match(before[1], new RegExp(`^main h1 ×1: ${heading} `), path);
    assert.equal(await footerShown(), false, `${path}: the footer shows before the tracker has drawn`);
    assert.match(await page.locator('main').innerText(), /Loading…/);
    release();
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
    assert.deepEqual(await opening(), before, `${path}: the opening moved when the tracker drew`);
    assert.equal(await footerShown(), false, `${path}: the footer shows after the tracker has drawn`);
    assert.doesNotMatch(await page.locator('main').innerText(), /Loading…/);
    await page.context().close();
  }
});

test("the first screens of the questions and care navigation, and the postcode box, work before the app starts, and nothing is lost when it does", async () => {
  const { page, release } = await withAppHeld();
  await page.goto(site.origin + '/where-to-go', { waitUntil: 'domcontentloaded' });
  await page.locator('main h1', { hasText: 'Is any of these happening now' }).waitFor();
  // "None of these" and a sign untick each other before the app starts, as they do after.
  await page.locator('label[for="flag-none"]').click();
  await page.locator('label[for="flag-bleeding"]').click();
  assert.equal(await page.locator('#flag-none').isChecked(), false);
  await page.locator('label[for="flag-none"]').click();
  assert.equal(await page.locator('#flag-bleeding').isChecked(), false);
  // A sign ticked from the keyboard: the tick and the focus move into the app's form.
  await page.locator('label[for="flag-bleeding"]').click();
  await page.locator('#flag-bleeding').focus();
  assert.equal(await page.locator('html[data-app="ready"]').count(), 0, 'test setup: the app has not started');
  release();
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  // Done again in the app's form in the frame after it is drawn.
  await page.waitForFunction(() => document.activeElement.id === 'flag-bleeding');
  assert.equal(await page.locator('#flag-bleeding').count(), 1);
  assert.equal(await page.locator('#flag-bleeding').isChecked(), true);
  assert.equal(await page.locator('#flag-none').isChecked(), false);
  await page.locator('main button', { hasText: 'Continue' }).click();
  await page.locator('#outcome').waitFor();
  assert.match(await page.locator('main h1').innerText(), /999|A&E/);
  await assertClean(page);
  await page.context().close();

  // Sent before the app starts: the form says it is loading, and the app sends it on.
  const early = await withAppHeld();
  await early.page.goto(site.origin + '/where-to-go', { waitUntil: 'domcontentloaded' });
  await early.page.locator('label[for="flag-none"]').click();
  await early.page.locator('main button[type="submit"]').click();
  assert.equal(await early.page.locator('main button[type="submit"]').innerText(), 'Loading…');
  assert.equal(new URL(early.page.url()).search, '', 'the answer stays out of the address');
  early.release();
  await early.page.locator('main h1', { hasText: 'Who needs help?' }).waitFor();
  assert.equal(await early.page.evaluate(() => document.activeElement.textContent.trim()), 'Who needs help?');
  assert.equal(await early.page.locator('#red-flags').count(), 0);
  // One step was taken: Back returns to the emergency signs.
  await early.page.locator('main button', { hasText: 'Back' }).click();
  await early.page.locator('main h1', { hasText: 'Is any of these happening now' }).waitFor();
  await assertClean(early.page);
  await early.page.context().close();

  // Care navigation's reason for contact, typed and sent before the app starts, is answered once
  // it has.
  const staff = await withAppHeld();
  await staff.page.goto(site.origin + '/practice-staff', { waitUntil: 'domcontentloaded' });
  await staff.page.locator('#reason').fill('chest pain');
  await staff.page.locator('#reason-search button[type="submit"]').click();
  assert.equal(await staff.page.locator('#reason-search button[type="submit"]').innerText(), 'Loading…');
  staff.release();
  await staff.page.locator('main h1', { hasText: 'Is any of these happening now' }).waitFor();
  assert.match(await mainText(staff.page), /Change the reason for contact/);
  await assertClean(staff.page);
  await staff.page.context().close();

  // A filter chosen, and a postcode typed and sent, before the app starts narrow and order the
  // list once it has.
  const services = await withAppHeld();
  await services.page.goto(site.origin + '/services', { waitUntil: 'domcontentloaded' });
  const every = await services.page.locator('main li.kmcn-place').count();
  const kind = await services.page.locator('#filter-kind option').nth(1).getAttribute('value');
  await services.page.locator('#filter-kind').selectOption(kind);
  await services.page.locator('#postcode').fill('ME12 1AA');
  await services.page.locator('main button', { hasText: 'Show nearest first' }).click();
  services.release();
  await services.page.locator('main', { hasText: 'nearest to ME12' }).waitFor();
  assert.equal(await services.page.locator('#postcode').inputValue(), 'ME12 1AA');
  assert.equal(await services.page.locator('#nearest-first button').innerText(), 'Show nearest first');
  assert.equal(await services.page.locator('#nearest-first[data-pending]').count(), 0);
  assert.equal(await services.page.locator('#filter-kind').inputValue(), kind);
  const shown = await services.page.locator('main li.kmcn-place').count();
  assert.ok(shown > 0 && shown < every, `${shown} of ${every} places shown`);
  await assertClean(services.page);
  await services.page.context().close();
});

/** Waits until the service worker has stored this build's files and is in charge of new pages. */
async function whenKeptForOffline(page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    while (registration.active.state !== 'activated') await new Promise((done) => setTimeout(done, 50));
    return { state: registration.active.state, caches: await caches.keys() };
  });
}

test('after one visit the site works offline: guidance never opened, the questions, the tracker, a service, Find a service, search and the Easy Read cards', async () => {
  const page = await site.open('/', { serviceWorkers: 'allow' });
  const kept = await whenKeptForOffline(page);
  assert.equal(kept.state, 'activated');
  assert.equal(kept.caches.length, 1);
  assert.match(kept.caches[0], /^kmcn-[0-9a-f]{12}$/);
  await page.context().setOffline(true);

  // The page already seen, as it was (it does not start the app), with the offline notice.
  await site.goto(page, '/');
  assert.match(await page.locator('#offline-notice').innerText(), /You are offline[\s\S]*may have changed since they were last checked/);

  // A page never opened: the app shell draws it from the stored files.
  await site.goto(page, '/guidance/flu');
  assert.equal(await page.locator('main h1').innerText(), 'Flu');
  assert.ok((await page.locator('main .kmcn-guidance h2').count()) > 0);
  assert.match(await page.locator('#offline-notice').innerText(), /You are offline[\s\S]*may have changed since they were last checked/);
  await assertAccessible(page, 'offline notice');

  // A link within the site, followed offline.
  await page.locator('main a', { hasText: 'Common cold' }).first().click();
  await page.locator('main h1', { hasText: 'Common cold' }).waitFor();

  await site.goto(page, '/where-to-go');
  await page.locator('label[for="flag-none"]').click();
  await page.locator('main button', { hasText: 'Continue' }).click();
  await page.locator('main h1', { hasText: 'Who needs help?' }).waitFor();

  await site.goto(page, '/five-a-day');
  await page.locator('main label', { hasText: 'Connect' }).first().click();
  assert.ok(await page.evaluate(() => localStorage.getItem('kmcn.five-a-day.v1')?.includes('connect')));

  await site.goto(page, '/services/miu-sheppey');
  assert.match(await mainText(page), /Details checked on/);
  // Drawn from its fragment by the pages part, which fills in whether it is open as the open-now
  // part does online.
  await page.locator('main .kmcn-open-now .nhsuk-tag').waitFor();

  // Find a service, kept as it is, with its own part of the app.
  await site.goto(page, '/services');
  await page.locator('#filter-kind').selectOption({ label: 'Minor injuries units' });
  assert.equal(await page.locator('main p[role="status"]').innerText(), '2 services');

  // Search, from the header, with its own part of the app.
  await page.locator('#search-field').fill('sore throat');
  await page.locator('#search-field').press('Enter');
  await page.locator('main ol.kmcn-results a', { hasText: 'Sore throat' }).first().waitFor();

  // Care navigation's Easy Read cards, a written page like any other.
  await site.goto(page, '/practice-staff/easy-read');
  assert.ok((await page.locator('main details.kmcn-easy-read-card-print .kmcn-easy-read-steps__step').count()) > 100);
  await page.context().setOffline(false);
  await assertClean(page);
  await page.context().close();
});

/** Runs `body` against a copy of the built site, served on its own, that it may change. */
async function withSiteCopy(body) {
  const copy = mkdtempSync(join(tmpdir(), 'kmcn-site-'));
  cpSync(DIST, copy, { recursive: true });
  const copySite = await launch(copy);
  try {
    await body(copy, copySite);
  } finally {
    await copySite.close();
    rmSync(copy, { recursive: true, force: true });
  }
}

test('a new build takes over on the next visit, and the old files are removed', () =>
  withSiteCopy(async (copy, copySite) => {
    const first = await copySite.open('/', { serviceWorkers: 'allow' });
    const [oldCache] = (await whenKeptForOffline(first)).caches;

    // A new build: a different service worker (its version follows its file list).
    const worker = join(copy, 'sw.js');
    writeFileSync(worker, readFileSync(worker, 'utf8').replace(/const VERSION = '[0-9a-f]+'/, "const VERSION = 'f00df00df00d'"));
    await first.reload();
    await first.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration.update();
      while (!registration.waiting) await new Promise((done) => setTimeout(done, 50));
    });
    // Until the visit ends, the page keeps the build it started with.
    assert.deepEqual((await first.evaluate(() => caches.keys())).sort(), ['kmcn-f00df00df00d', oldCache].sort());

    const context = first.context();
    await first.close();
    const next = await context.newPage();
    await next.goto(copySite.origin + '/guidance');
    await next.waitForFunction(async () => (await caches.keys()).join() === 'kmcn-f00df00df00d');
    await context.close();
  }));

/** Publishes the build in `dist` again from the content in `content`, as the build's last step does. */
function republish(dist, content) {
  execFileSync('cargo', ['run', '--quiet', '--offline', '-p', 'navigator-site', '--', 'publish', '--dist', dist, '--content', content], {
    cwd: join(import.meta.dirname, '../..'),
    stdio: 'inherit',
  });
}

test('one changed sentence in one guidance page reaches a returning visitor after "Reload", online and offline', () =>
  withSiteCopy(async (copy, copySite) => {
    const content = mkdtempSync(join(tmpdir(), 'kmcn-content-'));
    cpSync(join(import.meta.dirname, '../../content'), content, { recursive: true });
    try {
      const page = await copySite.open('/guidance/flu', { serviceWorkers: 'allow' });
      await whenKeptForOffline(page);
      // A returning visitor: the page is in the worker's charge.
      await page.reload();
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      const workerBefore = readFileSync(join(copy, 'sw.js'), 'utf8');

      // Only the body of one page changes: its fragment keeps its name.
      const flu = join(content, 'guidance/flu.md');
      writeFileSync(flu, readFileSync(flu, 'utf8') + '\nThis sentence was added after the first visit.\n');
      republish(copy, content);
      assert.notEqual(readFileSync(join(copy, 'sw.js'), 'utf8'), workerBefore, 'a new service worker');

      // The open page learns of the new build and offers to reload.
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
      const notice = page.locator('#update-notice');
      await notice.waitFor({ state: 'visible' });
      assert.match(await notice.innerText(), /This site has been updated/);
      await assertAccessible(page, 'update notice');
      await Promise.all([page.waitForEvent('load'), page.locator('#update-reload').click()]);
      await page.locator('main', { hasText: 'This sentence was added after the first visit.' }).waitFor();
      assert.equal((await page.evaluate(() => caches.keys())).length, 1, 'the old build was removed');

      await page.context().setOffline(true);
      await copySite.goto(page, '/guidance');
      await copySite.goto(page, '/guidance/flu');
      assert.match(await mainText(page), /This sentence was added after the first visit\./);
      await page.context().setOffline(false);
      await page.context().close();
    } finally {
      rmSync(content, { recursive: true, force: true });
    }
  }));

test('the kill switch removes the service worker and everything it kept', () =>
  withSiteCopy(async (copy, copySite) => {
    const page = await copySite.open('/', { serviceWorkers: 'allow' });
    assert.equal((await whenKeptForOffline(page)).caches.length, 1);
    cpSync(join(import.meta.dirname, '../../scripts/sw-kill-switch.js'), join(copy, 'sw.js'));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await page.waitForFunction(async () => (await caches.keys()).length === 0 && !(await navigator.serviceWorker.getRegistration()));
    await page.context().close();
  }));

test('installable: a manifest with our own icons, and a service worker', async () => {
  // Chromium offers to install only outside a private window, so this needs a profile of its own.
  const profile = mkdtempSync(join(tmpdir(), 'kmcn-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(site.origin + '/');
  await whenKeptForOffline(page);
  const manifest = await page.evaluate(async () => (await fetch(document.querySelector('link[rel="manifest"]').href)).json());
  assert.equal(manifest.name, 'Kent & Medway Care Navigator');
  assert.equal(manifest.display, 'standalone');
  for (const icon of manifest.icons) {
    const size = await page.evaluate(async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      return [image.naturalWidth, image.naturalHeight];
    }, icon.src);
    if (icon.sizes !== 'any') assert.equal(size.join('x'), icon.sizes, icon.src);
  }
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, []);
  await context.close();
  rmSync(profile, { recursive: true, force: true });
});

test('the security policy is in every page, blocks other origins and inline script, and is in the headers file', async () => {
  const page = await site.open('/guidance/flu');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(policy, /^default-src 'self';/);
  // The hashes of the scripts written into pages: public/site.mjs and the loader of each of the
  // app's five parts.
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+'){6};/);
  assert.doesNotMatch(policy, /unsafe-inline|\*|https?:/);
  await page.evaluate(() => {
    document.body.insertAdjacentHTML('beforeend', '<img alt="" src="https://example.org/tracker.png">');
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
  });
  await page.waitForFunction(() => window.policyViolations.length >= 2);
  const violations = await page.evaluate(() => window.policyViolations);
  assert.ok(violations.some((violation) => violation.startsWith('img-src')), violations.join(' | '));
  assert.ok(violations.some((violation) => violation.startsWith('script-src')), violations.join(' | '));
  assert.equal(await page.evaluate(() => window.injected), undefined);

  const headers = readFileSync(join(DIST, '_headers'), 'utf8');
  assert.ok(headers.includes(`Content-Security-Policy: ${policy}; frame-ancestors 'none'`));
  for (const wasm of readdirSync(DIST).filter((name) => name.endsWith('.wasm'))) {
    assert.match(headers, new RegExp(`/${wasm}\\n  Cache-Control: public, max-age=31536000, immutable`));
  }
  await page.context().close();
});
