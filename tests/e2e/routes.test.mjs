import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ROUTES, assertAccessible, assertClean, launch } from './support.mjs';

let site;
before(async () => {
  site = await launch();
});
after(() => site.close());

describe('every route', () => {
  for (const route of ROUTES) {
    test(`${route.path} renders its heading and title, loads nothing from elsewhere, and passes axe`, async () => {
      const page = await site.open(null);
      const scripts = [];
      page.on('request', (request) => {
        if (/\.(js|wasm)$/.test(new URL(request.url()).pathname)) scripts.push(request.url());
      });
      await site.goto(page, route.path);
      // Only its own part of the app: a script and its WebAssembly, or nothing.
      const parts = scripts.map((url) => new URL(url).pathname.match(/^\/([a-z_]+)-[0-9a-f]+(_bg)?\.(js|wasm)$/)?.[1]);
      assert.deepEqual(parts, route.plain ? [] : [route.part, route.part], `${route.path} downloads: ${scripts.join(' ') || 'no app'}`);
      assert.equal(await page.locator('main h1').first().innerText(), route.heading);
      assert.match(await page.title(), /Kent & Medway Care Navigator$/);
      // The urgent help strip dials 999 and 111 on every page.
      assert.equal(await page.locator('header a[href="tel:999"]').count(), 1);
      assert.equal(await page.locator('header a[href="tel:111"]').count(), 2);
      await assertAccessible(page, route.path);
      await assertClean(page);
      await page.context().close();
    });
  }
});

test('every page fits a 320 pixel wide screen without sideways scrolling', async () => {
  const page = await site.open(null, { viewport: { width: 320, height: 640 } });
  for (const route of ROUTES) {
    await site.goto(page, route.path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${route.path} is ${overflow}px too wide`);
  }
  await assertClean(page);
  await page.context().close();
});

test('every guidance page opens from the index and shows its body, related pages and review dates', async () => {
  const page = await site.open('/guidance');
  const links = await page.locator('main ul.kmcn-page-list a').evaluateAll((anchors) => anchors.map((a) => [a.textContent, a.getAttribute('href')]));
  assert.ok(links.length >= 60, `only ${links.length} guidance pages`);
  for (const [title, href] of links) {
    await page.locator(`main a[href="${href}"]`).click();
    await page.waitForURL((url) => url.pathname === href);
    assert.equal(await page.locator('main h1').innerText(), title);
    await page.locator('main .kmcn-guidance h2').first().waitFor();
    assert.ok(await page.locator('main nav[aria-labelledby="related-heading"] a').count() >= 1, `${href} has no related pages`);
    assert.match(await page.locator('.nhsuk-review-date').innerText(), /Page last reviewed: \d+ \w+ 20\d\d\s+Next review due: \d+ \w+ 20\d\d/);
    await assertAccessible(page, href);
    await page.goBack();
    await page.locator('main h1', { hasText: 'Health guidance' }).waitFor();
  }
  await assertClean(page);
  await page.context().close();
});

test('once the content part has started (offline), focus moves to the new page heading after following a link', async () => {
  const page = await site.openInShell('/guidance');
  // From the guidance index to a guide, which the content part fetches.
  const guide = page.locator('main a[href^="/guidance/"]').first();
  const name = await guide.innerText();
  await guide.click();
  await page.locator('main h1', { hasText: name }).waitFor();
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), name);
  await assertClean(page);
  await page.context().close();
});

test('a link to a page of another part of the app loads that page, and Back comes back', async () => {
  let page = await site.open('/five-a-day/history');
  const loads = [];
  page.on('load', () => loads.push(new URL(page.url()).pathname));
  await page.locator('main a', { hasText: 'Help in a mental health crisis' }).click();
  await page.waitForURL((url) => url.pathname === '/guidance/mental-health-crisis');
  await page.locator('main .kmcn-guidance').waitFor();
  assert.deepEqual(loads, ['/guidance/mental-health-crisis']);
  // One history entry per page: Back returns to the tracker, not to a copy of the guide.
  await page.goBack();
  await page.locator('main h1:visible', { hasText: 'Looking back' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/five-a-day/history');
  await page.goForward();
  await page.locator('main .kmcn-guidance').waitFor();

  // The header's search, from a part without search, loads the search page.
  await site.goto(page, '/five-a-day');
  await page.locator('#search-field').fill('flu');
  await page.locator('#search button[type="submit"]').click();
  await page.waitForURL((url) => url.pathname === '/search' && url.hash === '#q=flu');
  await page.locator('main ol.kmcn-results li').first().waitFor();

  // In the content part, the one with a router, an address of another part reached without a
  // link (a script changed it, then Back) loads that page too.
  await page.context().close();
  page = await site.openInShell('/guidance');
  await page.evaluate(() => {
    history.pushState({}, '', '/five-a-day');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  // The tracker's page as written shows its title before its part draws the cards.
  await page.locator('main .kmcn-way-card').first().waitFor();
  assert.equal(await page.locator('main h1').innerText(), 'Five a day for the mind');
  assert.equal(await page.locator('main .kmcn-way-card').count(), 5);
  await assertClean(page);
  await page.context().close();
});

test('an unknown address is answered with status 404 and the not-found page', async () => {
  const page = await site.open(null);
  const response = await page.goto(site.origin + '/guidance/no-such-page');
  assert.equal(response.status(), 404);
  assert.equal(await page.locator('main h1').innerText(), 'Page not found');
  await assertClean(page);
  await page.context().close();
});

test('without JavaScript, the page still shows 999 and 111', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site.origin + '/where-to-go');
  const text = await page.locator('body').innerText();
  assert.match(text, /needs JavaScript/);
  assert.ok(await page.locator('main a[href="tel:999"]').isVisible());
  assert.ok(await page.locator('main a[href="tel:111"]').first().isVisible());
  await context.close();
});
