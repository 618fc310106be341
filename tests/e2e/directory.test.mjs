// "Find a service": filters by type and area, "open now" at fixed clock times, nearest first by
// postcode district, and a page for each service.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible, assertClean, launch } from './support.mjs';

let site;
before(async () => {
  site = await launch();
});
after(() => site.close());

const listed = (page) => page.locator('main li.kmcn-place').evaluateAll((items) => items.map((item) => item.id));
const count = async (page) => Number((await page.locator('main p[role="status"]').innerText()).split(' ')[0]);

async function openAt(time, path = '/services') {
  const page = await site.open(null);
  await page.clock.setFixedTime(new Date(time));
  await site.goto(page, path);
  return page;
}

test('at 3am "open now" keeps only the 24-hour places', async () => {
  const page = await openAt('2026-11-23T03:00:00Z');
  const everything = await listed(page);
  assert.equal(await count(page), everything.length);
  assert.match(await page.locator('#utc-maidstone').innerText(), /Closed now, opens at 8am/);
  assert.match(await page.locator('#utc-medway-maritime').innerText(), /Open 24 hours/);
  assert.match(await page.locator('#utc-medway-maritime').innerText(), /Details checked on \d+ \w+ 20\d\d/);

  await page.locator('label[for="filter-open"]').click();
  const open = await listed(page);
  assert.ok(open.length > 0 && open.length < everything.length, `${open.length} of ${everything.length} open`);
  assert.ok(open.includes('utc-medway-maritime'));
  assert.ok(!open.includes('utc-maidstone'));
  const tags = await page.locator('main li.kmcn-place .nhsuk-tag').allInnerTexts();
  assert.equal(tags.length, open.length, 'a place without opening hours is listed as open');
  assert.ok(tags.every((tag) => tag.startsWith('Open')), tags.join(' | '));
  await assertAccessible(page, 'open now at 3am');
  await assertClean(page);
  await page.context().close();
});

test('on a weekday morning the daytime urgent treatment centres are open too', async () => {
  const page = await openAt('2026-11-23T10:00:00Z');
  await page.locator('#filter-kind').selectOption({ label: 'Urgent treatment centres' });
  await page.locator('label[for="filter-open"]').click();
  const open = await listed(page);
  assert.ok(open.includes('utc-maidstone'));
  assert.ok(open.every((id) => id.startsWith('utc-')), open.join(' '));
  assert.match(await page.locator('#utc-maidstone').innerText(), /Open now, closes at/);
  await page.context().close();
});

test('closing time is in UK time: in summer a unit closing at 8pm is open at 7.59pm and closed at 8pm', async () => {
  for (const [utc, open] of [['2026-07-05T18:59:00Z', true], ['2026-07-05T19:00:00Z', false]]) {
    const page = await openAt(utc);
    await page.locator('#filter-kind').selectOption({ label: 'Minor injuries units' });
    await page.locator('label[for="filter-open"]').click();
    assert.equal((await listed(page)).includes('miu-sheppey'), open, `at ${utc}`);
    await page.context().close();
  }
});

test('type and area filters combine, and county-wide services stay in every area', async () => {
  const page = await openAt('2026-11-23T10:00:00Z');
  // The count is one live region, changed in place, so a screen reader hears each change.
  await page.locator('main p[role="status"]').evaluate((status) => { status.dataset.first = 'yes'; });
  await page.locator('#filter-kind').selectOption({ label: 'Minor injuries units' });
  assert.equal(await page.locator('main p[role="status"][data-first]').innerText(), '2 services');
  assert.deepEqual((await listed(page)).sort(), ['miu-sheppey', 'miu-sittingbourne']);
  await page.locator('#filter-area').selectOption({ label: 'Medway' });
  assert.deepEqual(await listed(page), []);
  assert.equal(await page.locator('main p[role="status"]').innerText(), '0 services');

  await page.locator('#filter-kind').selectOption({ label: 'Support for carers' });
  const medwayCarers = await listed(page);
  assert.ok(medwayCarers.includes('carers-support-medway'));
  assert.ok(!medwayCarers.includes('carers-support-kent'));
  // The national helpline serves everyone, so it is listed in Medway too.
  assert.ok(medwayCarers.length > 1, medwayCarers.join(' '));
  await assertAccessible(page, 'filtered list');
  await page.context().close();
});

test('a postcode lists the nearest first; one outside Kent and Medway is explained', async () => {
  const page = await openAt('2026-11-23T10:00:00Z');
  await page.locator('#filter-kind').selectOption({ label: 'Urgent treatment centres' });
  await page.locator('#postcode').fill('ct20 1aa');
  await page.locator('main button', { hasText: 'Show nearest first' }).click();
  await page.locator('main li.kmcn-place', { hasText: 'km away' }).first().waitFor();
  assert.equal((await listed(page))[0], 'utc-royal-victoria-folkestone');
  const distances = await page.locator('main li.kmcn-place').evaluateAll((items) =>
    items.map((item) => Number(item.innerText.match(/About (\d+) km away/)?.[1])),
  );
  assert.ok(distances.every((km, index) => index === 0 || km >= distances[index - 1]), distances.join(' '));

  await page.locator('#postcode').fill('SW1A 1AA');
  await page.locator('main button', { hasText: 'Show nearest first' }).click();
  assert.match(await page.locator('#postcode-error').innerText(), /SW1A is not a Kent or Medway postcode/);
  assert.equal(await page.locator('#postcode').getAttribute('aria-describedby'), 'postcode-hint postcode-error');
  assert.equal(await page.locator('main li.kmcn-place', { hasText: 'km away' }).count(), 0);
  await assertAccessible(page, 'postcode error');

  // An empty box lists by name again, and the error goes.
  await page.locator('#postcode').fill('ME7');
  await page.locator('main button', { hasText: 'Show nearest first' }).click();
  await page.locator('main li.kmcn-place', { hasText: 'km away' }).first().waitFor();
  assert.equal(await page.locator('#postcode-error').count(), 0);
  await page.locator('#postcode').fill('');
  await page.locator('main button', { hasText: 'Show nearest first' }).click();
  await page.waitForFunction(() => !document.querySelector('main').innerText.includes('km away'));
  const names = await page.locator('main li.kmcn-place h2').allInnerTexts();
  assert.deepEqual(names, [...names].sort(), 'listed by name');
  assert.equal(await page.locator('#postcode').getAttribute('aria-describedby'), 'postcode-hint');
  await page.context().close();
});

test('each service has its own page with who can use it, how, and when it was checked', async () => {
  const page = await openAt('2026-11-23T10:00:00Z');
  await page.locator('main a', { hasText: 'Sheppey Community Hospital minor injuries unit' }).click();
  await page.locator('main h1', { hasText: 'Sheppey Community Hospital minor injuries unit' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/services/miu-sheppey');
  const details = await page.locator('main').innerText();
  for (const label of ['How to use it', 'Who can use it', 'Where', 'Opening hours', 'Not for']) {
    assert.match(details, new RegExp(label), `no "${label}"`);
  }
  assert.match(details, /Details checked on \d+ \w+ 20\d\d against/);
  await assertAccessible(page, 'service page');

  await site.goto(page, '/services/no-such-service');
  assert.equal(await page.locator('main h1').innerText(), 'Page not found');
  await assertClean(page);
  await page.context().close();
});
