// Guidance pages and search: content arrives written into each page; after that, page content
// and the search index are fetched only when needed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { assertAccessible, assertClean, focusedText, launch, tabTo } from './support.mjs';

let site;
before(async () => {
  site = await launch();
});
after(() => site.close());

const DIST = resolve(import.meta.dirname, '../../dist');

/** Paths under /content/ the page has asked for. */
function contentRequests(page) {
  const paths = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/content/')) paths.push(path);
  });
  return paths;
}

test('the app holds no page bodies and no list of pages, so it does not grow with the library', () => {
  const parts = readdirSync(DIST).filter((name) => name.endsWith('.wasm'));
  assert.equal(parts.length, 5, parts.join(' '));
  for (const wasm of parts) {
    const bytes = readFileSync(join(DIST, wasm)).toString('latin1');
    // A sentence from the body of the sore throat page.
    assert.ok(!bytes.includes('gargle with warm salty water'), `a page body is inside ${wasm}`);
    // The title of a page no outcome links to; titles of pages outcomes link to are kept.
    assert.ok(!bytes.includes('Preventing type 2 diabetes'), `a list of pages is inside ${wasm}`);
  }
  const questions = parts.find((name) => name.startsWith('questions-'));
  assert.ok(readFileSync(join(DIST, questions)).toString('latin1').includes('Sore throat'), 'the titles of guides linked from outcomes are missing');
});

test('the home page fetches no page bodies and no search index', async () => {
  const page = await site.open(null);
  const requested = contentRequests(page);
  await site.goto(page, '/');
  await page.waitForLoadState('networkidle');
  assert.deepEqual(requested, []);
  await page.context().close();
});

test('a guidance page arrives complete and downloads no app', async () => {
  const page = await site.open(null);
  const requested = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const response = await page.goto(site.origin + '/guidance/sore-throat');
  // The page's own file holds the content, before any script runs.
  assert.match(await response.text(), /<h2 id="treat-it-yourself">Treat it yourself<\/h2>/);
  await page.waitForLoadState('networkidle');
  assert.ok(await page.locator('main .kmcn-guidance h2', { hasText: 'Treat it yourself' }).isVisible());
  assert.deepEqual(requested.filter((path) => /\.(wasm|js)$/.test(path) || path.startsWith('/content/')), []);
  await assertClean(page);
  await page.context().close();
});

test('a page the app starts on arrives with its content written in, and the app shows it without fetching it again', async () => {
  const page = await site.open(null);
  const requested = contentRequests(page);
  const response = await page.goto(site.origin + '/services/miu-sheppey');
  assert.match(await response.text(), /<h1[^>]*>Sheppey Community Hospital minor injuries unit<\/h1>/);
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  assert.ok(await page.locator('main h1', { hasText: 'Sheppey Community Hospital minor injuries unit' }).isVisible());
  await page.waitForLoadState('networkidle');
  assert.deepEqual(requested, []);
  await assertClean(page);
  await page.context().close();
});

test('once the pages part has started (offline), opening a page fetches just its content, once', async () => {
  const page = await site.openInShell('/guidance');
  const requested = contentRequests(page);
  const flu = page.locator('main a[href="/guidance/flu"]').first();
  const heading = page.locator('main h1', { hasText: /^Flu$/ });
  await flu.click();
  await heading.waitFor();
  assert.equal(requested.length, 1, requested.join(' '));
  assert.match(requested[0], /^\/content\/guidance\/flu(-[0-9a-f]+)?\.html$/);
  await page.goBack();
  await flu.click();
  await heading.waitFor();
  assert.equal(requested.length, 1, 'the content is kept for the rest of the visit');
  await assertAccessible(page, 'guidance page drawn from its fragment');
  await assertClean(page);
  await page.context().close();
});

test('a search typed on a page without the app, and a postcode, never leave the browser', async () => {
  const page = await site.open('/guidance/flu');
  const requested = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.locator('#search-field').fill('chest pain');
  await page.locator('#search-field').press('Enter');
  await page.locator('main ol.kmcn-results').waitFor();
  assert.equal(new URL(page.url()).hash, '#q=chest%20pain');
  assert.equal(await page.locator('#search-page-field').inputValue(), 'chest pain');
  await page.reload();
  await page.locator('main ol.kmcn-results').waitFor();

  await site.goto(page, '/services');
  await page.locator('#postcode').fill('ME7 1AA');
  await page.locator('main button', { hasText: 'Show nearest first' }).click();
  await page.locator('main .kmcn-service-list, main ul').first().waitFor();
  assert.ok(requested.every((url) => !/chest|ME7/i.test(url)), requested.filter((url) => /chest|ME7/i.test(url)).join('\n'));
  await page.context().close();
});

test('a page whose content cannot be fetched says so and offers to try again', async () => {
  const page = await site.openInShell('/guidance');
  await page.route('**/content/guidance/**', (route) => route.abort());
  await page.locator('main a[href="/guidance/flu"]').first().click();
  await page.locator('main h1', { hasText: 'This page could not be loaded' }).waitFor();
  assert.match(await page.locator('main [role="alert"]').innerText(), /No connection[\s\S]*call 111/);
  await page.unroute('**/content/guidance/**');
  await page.locator('main button', { hasText: 'Try again' }).click();
  await page.locator('main h1', { hasText: /^Flu$/ }).waitFor();
  assert.match(await page.locator('main').innerText(), /Page last reviewed/);
  await page.context().close();
});

test('on a phone, search from the header by keyboard alone, with a misspelling', async () => {
  const page = await site.open(null, { viewport: { width: 375, height: 700 } });
  const requested = contentRequests(page);
  await site.goto(page, '/');
  await tabTo(page, '#search-field');
  await page.keyboard.type('diarhea');
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname === '/search' && url.hash === '#q=diarhea' && url.search === '');
  const status = page.locator('main p[role="status"]', { hasText: 'for “diarhea”' });
  await status.waitFor();
  const first = page.locator('main ol.kmcn-results li').first();
  assert.match(await first.innerText(), /Diarrhoea and vomiting/);
  assert.equal(await first.locator('mark').first().innerText(), 'Diarrhoea');
  assert.equal(requested.filter((path) => path.startsWith('/content/search-')).length, 1);

  await tabTo(page, 'main ol.kmcn-results a');
  assert.match(await focusedText(page), /Diarrhoea and vomiting/);
  await page.keyboard.press('Enter');
  await page.locator('main h1', { hasText: 'Diarrhoea and vomiting' }).waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px too wide`);
  await assertClean(page);
  await page.context().close();
});

test('everyday words find the right page', async () => {
  const page = await site.open(null);
  for (const [query, title] of [['water infection', 'Urinary tract infections'], ['tummy bug', 'Diarrhoea and vomiting'], ['nits', 'Head lice'], ['sinusitus', 'Sinusitis']]) {
    await site.goto(page, `/search#q=${encodeURIComponent(query)}`);
    await page.locator('main ol.kmcn-results li').first().waitFor();
    assert.match(await page.locator('main ol.kmcn-results li h2').first().innerText(), new RegExp(title), query);
  }
  await page.context().close();
});

test('a search for a symptom also offers the questions about it, found by the same finder', async () => {
  const page = await site.open('/search#q=chest%20pain');
  const offer = page.locator('main .kmcn-problems-matching a').first();
  await offer.waitFor();
  assert.equal(await offer.innerText(), 'Chest pain');
  assert.equal(await offer.getAttribute('href'), '/where-to-go?problem=chest-pain');
  await assertAccessible(page, 'search offering the questions');
  await offer.click();
  await page.locator('main label', { hasText: 'None of these' }).click();
  await page.locator('main button[type="submit"]').click();
  await page.locator('main label', { hasText: /^Me$/ }).click();
  await page.locator('main button[type="submit"]').click();
  await page.locator('main label', { hasText: '18 to 64 years' }).click();
  await page.locator('main button[type="submit"]').click();
  // The problem was chosen by the link, so its questions come next.
  assert.doesNotMatch(await page.locator('main h1').innerText(), /main problem/);
  await page.context().close();
});

test('words searched for are shown as text, never read as markup', async () => {
  const page = await site.open('/search#q=%3Cb%3Eflu%3C%2Fb%3E%22%3E%3Cimg%20src%3Dx%3E');
  await page.locator('main p[role="status"]', { hasText: 'results for' }).waitFor();
  assert.match(await page.locator('main p[role="status"]').innerText(), /for “<b>flu<\/b>"><img src=x>”/);
  assert.equal(await page.locator('main b, main img[src="x"]').count(), 0);
  assert.equal(await page.locator('#search-page-field').inputValue(), '<b>flu</b>"><img src=x>');
  await assertClean(page);
  await page.context().close();
});

test('the count of results is one live region that stays, so a screen reader hears each search', async () => {
  const page = await site.open('/search#q=flu');
  const status = page.locator('main p[role="status"]');
  await status.filter({ hasText: 'for “flu”' }).waitFor();
  await status.evaluate((element) => { element.dataset.first = 'yes'; });
  await page.locator('#search-page-field').fill('sore throat');
  await page.locator('#search-page-field').press('Enter');
  await status.filter({ hasText: 'for “sore throat”' }).waitFor();
  assert.equal(await page.locator('main p[role="status"][data-first]').count(), 1, 'the status was replaced');
  assert.equal(await status.count(), 1);
  await page.context().close();
});

test('if the index cannot be fetched, search says so and still offers the questions', async () => {
  const page = await site.open(null);
  await page.route('**/content/search-*', (route) => route.abort());
  await site.goto(page, '/search#q=chest%20pain');
  await page.locator('main [role="alert"]', { hasText: 'Search is not available' }).waitFor();
  assert.match(await page.locator('main [role="alert"]').innerText(), /call 111/);
  assert.equal(await page.locator('main .kmcn-problems-matching a').first().innerText(), 'Chest pain');
  assert.equal(await page.locator('main p[role="status"]').innerText(), '');
  await assertAccessible(page, 'search not available');
  await page.context().close();
});

test('a search with no results suggests the questions and 111', async () => {
  const page = await site.open('/search#q=zebra%20crossing');
  await page.locator('main p[role="status"]', { hasText: '0 results' }).waitFor();
  assert.ok(await page.locator('main .nhsuk-inset-text a[href="/where-to-go"]').isVisible());
  assert.match(await page.locator('main .nhsuk-inset-text').innerText(), /call 111/);
  await assertAccessible(page, 'search with no results');
  await page.context().close();
});
