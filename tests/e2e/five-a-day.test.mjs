// The five-a-day tracker: ticks kept in local storage, and nothing lost when storage misbehaves.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible, assertClean, launch, tabTo } from './support.mjs';

const KEY = 'kmcn.five-a-day.v1';

let site;
before(async () => {
  site = await launch();
});
after(() => site.close());

/** Today in Europe/London as YYYY-MM-DD, worked out by the browser's own time-zone data. */
const londonToday = (page) =>
  page.evaluate(() => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date()));

const stored = (page, key = KEY) => page.evaluate((k) => localStorage.getItem(k), key);

/** Opens the tracker with `value` already stored under the tracker's key. */
async function openWithStored(value) {
  const page = await site.open(null);
  await page.context().addInitScript(([key, text]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, text);
      sessionStorage.setItem('seeded', 'yes');
    }
  }, [KEY, value]);
  await site.goto(page, '/five-a-day');
  return page;
}

test('a tick is saved on this device and is still there after a reload', async () => {
  const page = await site.open('/five-a-day');
  assert.equal(await stored(page), null, 'opening the page writes nothing');
  await page.locator('label[for="way-connect"]').click();
  await page.locator('label[for="way-give"]').click();
  const today = await londonToday(page);
  assert.deepEqual(JSON.parse(await stored(page)), { schema: 1, days: { [today]: ['connect', 'give'] } });
  assert.match(await page.locator('main [role="status"]').innerText(), /2 of 5 done today/);

  await page.reload();
  await page.locator('#way-connect').waitFor();
  assert.equal(await page.locator('#way-connect').isChecked(), true);
  assert.equal(await page.locator('#way-give').isChecked(), true);
  assert.equal(await page.locator('#way-be-active').isChecked(), false);
  assert.match(await page.locator('table').innerText(), /Today\s+2 of 5: Connect, Give/);

  // Untick: the change is saved too.
  await page.locator('label[for="way-connect"]').click();
  assert.deepEqual(JSON.parse(await stored(page)), { schema: 1, days: { [today]: ['give'] } });
  await assertAccessible(page, 'tracker');
  assertClean(page);
  await page.context().close();
});

test('the tracker works from the keyboard alone', async () => {
  const page = await site.open('/five-a-day');
  await tabTo(page, '#way-take-notice');
  await page.keyboard.press('Space');
  assert.equal(await page.locator('#way-take-notice').isChecked(), true);
  const today = await londonToday(page);
  assert.deepEqual(JSON.parse(await stored(page)).days[today], ['take-notice']);
  await page.keyboard.press('Space');
  assert.equal(await page.locator('#way-take-notice').isChecked(), false);
  await page.context().close();
});

test('a stored value that cannot be read is kept aside, reported, and a new record started', async () => {
  const page = await openWithStored('{"schema":1,"days":{"2026-02-30":["give"]}}');
  const notice = page.locator('.nhsuk-warning-callout');
  assert.match(await notice.innerText(), /We could not read your saved record/);
  const backupKey = (await notice.innerText()).match(/“(kmcn\.five-a-day\.v1\.unreadable\.\d+)”/)[1];
  assert.equal(await stored(page, backupKey), '{"schema":1,"days":{"2026-02-30":["give"]}}');
  await assertAccessible(page, 'unreadable record notice');

  await page.locator('label[for="way-be-active"]').click();
  const today = await londonToday(page);
  assert.deepEqual(JSON.parse(await stored(page)).days, { [today]: ['be-active'] });
  assert.equal(await stored(page, backupKey), '{"schema":1,"days":{"2026-02-30":["give"]}}', 'the backup is untouched');
  assertClean(page);
  await page.context().close();
});

test('a record from a newer version of the site is left untouched', async () => {
  const newer = '{"schema":2,"days":{},"reflections":[]}';
  const page = await openWithStored(newer);
  assert.match(await page.locator('.nhsuk-warning-callout').innerText(), /saved by a newer version/);
  await page.locator('label[for="way-connect"]').click();
  assert.equal(await page.locator('#way-connect').isChecked(), true, 'the tracker still works for the visit');
  assert.equal(await stored(page), newer);
  await page.context().close();
});

test('when storage is blocked, the tracker works for the visit and says it will not be saved', async () => {
  const page = await site.open(null);
  await page.context().addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await site.goto(page, '/five-a-day');
  assert.match(await page.locator('.nhsuk-warning-callout').innerText(), /Your ticks will not be saved/);
  await page.locator('label[for="way-keep-learning"]').click();
  assert.equal(await page.locator('#way-keep-learning').isChecked(), true);
  assert.match(await page.locator('table').innerText(), /Today\s+1 of 5: Keep learning/);
  await assertAccessible(page, 'blocked storage notice');
  assertClean(page);
  await page.context().close();
});

test('a failed save (storage full) is reported and what is on screen stays', async () => {
  const page = await site.open(null);
  await page.context().addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key.startsWith('kmcn.five-a-day')) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await site.goto(page, '/five-a-day');
  assert.equal(await page.locator('.nhsuk-warning-callout').count(), 0);
  await page.locator('label[for="way-give"]').click();
  assert.match(await page.locator('.nhsuk-warning-callout').innerText(), /Your last change was not saved/);
  assert.equal(await page.locator('#way-give').isChecked(), true);
  await page.context().close();
});
