// The five-a-day tracker: ticks, notes, back-filling and the week's feeling, kept in local
// storage; looking back; export, import and delete; two tabs; and nothing lost when storage
// misbehaves.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { START_TIME, assertAccessible, assertClean, focusedText, launch, tabTo } from './support.mjs';

const KEY = 'kmcn.five-a-day.v1';

let site;
before(async () => {
  site = await launch();
});
after(() => site.close());

/** Today in Europe/London as YYYY-MM-DD, worked out by the browser's own time-zone data. */
const londonDate = (page, offsetDays = 0) =>
  page.evaluate((offset) => {
    const date = new Date(Date.now() + offset * 86400000);
    return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(date);
  }, offsetDays);

const stored = async (page, key = KEY) => {
  const text = await page.evaluate((k) => localStorage.getItem(k), key);
  return text === null ? null : JSON.parse(text);
};

/** Opens the tracker with `value` already stored under the tracker's key. */
async function openWithStored(value, path = '/five-a-day') {
  const page = await site.open(null);
  await page.context().addInitScript(([key, text]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, text);
      sessionStorage.setItem('seeded', 'yes');
    }
  }, [KEY, value]);
  await site.goto(page, path);
  return page;
}

const tick = (page, way) => page.locator(`label[for="way-${way}"]`).click();

test('a tick is saved on this device, survives a reload, and can be undone', async () => {
  const page = await site.open('/five-a-day');
  assert.equal(await stored(page), null, 'opening the page writes nothing');
  await tick(page, 'connect');
  await tick(page, 'give');
  const today = await londonDate(page);
  assert.deepEqual(await stored(page), { schema: 2, days: { [today]: { ways: ['connect', 'give'] } }, reflections: {} });
  assert.match(await page.locator('.kmcn-day-status').innerText(), /Give ticked. Tick again to undo. 2 of 5 done./);

  await page.reload();
  await page.locator('#way-connect').waitFor();
  assert.equal(await page.locator('#way-connect').isChecked(), true);
  assert.equal(await page.locator('#way-be-active').isChecked(), false);

  await tick(page, 'connect');
  assert.match(await page.locator('.kmcn-day-status').innerText(), /Connect unticked. 1 of 5 done./);
  assert.deepEqual((await stored(page)).days[today], { ways: ['give'] });
  await assertAccessible(page, 'tracker today');
  await assertClean(page);
  await page.context().close();
});

test('notes, ideas from the guidance, and how the week felt', async () => {
  const page = await site.open('/five-a-day');
  await page.locator('.kmcn-way-card', { hasText: 'Connect' }).locator('summary', { hasText: 'Add a note' }).click();
  await page.locator('#note-connect').fill('Called Mum');
  const today = await londonDate(page);
  assert.equal((await stored(page)).days[today].notes.connect, 'Called Mum');

  const ideas = page.locator('.kmcn-way-card', { hasText: 'Give' }).locator('details', { hasText: 'What could I do?' });
  await ideas.locator('summary').click();
  assert.ok((await ideas.locator('li').count()) >= 5);
  assert.ok(await ideas.locator('a[href="/guidance/five-ways-give"]').isVisible());

  await page.locator('label[for="feeling-4"]').click();
  const monday = await page.evaluate(() => {
    const now = new Date();
    const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', weekday: 'short' }).format(now);
    const back = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts);
    return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(now.getTime() - back * 86400000));
  });
  assert.deepEqual((await stored(page)).reflections, { [monday]: 4 });

  await page.reload();
  await page.locator('#way-connect').waitFor();
  assert.equal(await page.locator('#note-connect').inputValue(), 'Called Mum');
  assert.equal(await page.locator('#feeling-4').isChecked(), true);
  await assertAccessible(page, 'tracker with a note open');
  await page.context().close();
});

test('a past day can be filled in, but not a future one', async () => {
  const page = await site.open('/five-a-day');
  assert.equal(await page.locator('main button', { hasText: 'Next day' }).isDisabled(), true);
  await page.locator('main button', { hasText: 'Previous day' }).click();
  assert.match(await page.locator('#day-heading').innerText(), /^Yesterday, /);
  await tick(page, 'keep-learning');
  const yesterday = await londonDate(page, -1);
  assert.deepEqual((await stored(page)).days[yesterday], { ways: ['keep-learning'] });
  await page.locator('main button', { hasText: 'Back to today' }).click();
  assert.match(await page.locator('#day-heading').innerText(), /^Today, /);
  assert.equal(await page.locator('#way-keep-learning').isChecked(), false);
  await page.context().close();
});

test('looking back shows the week, the month and streaks, and a day opens to be changed', async () => {
  const page = await site.open('/five-a-day');
  await tick(page, 'be-active');
  await page.locator('main button', { hasText: 'Previous day' }).click();
  await tick(page, 'be-active');
  // Each view is a page of its own, and its link says it is the current one.
  assert.equal(await page.locator('nav[aria-label="Five a day"] a[aria-current="page"]').innerText(), 'Today');
  await page.locator('nav[aria-label="Five a day"] a', { hasText: 'Looking back' }).click();
  await page.waitForURL((url) => url.pathname === '/five-a-day/history');
  await page.locator('main h1:visible', { hasText: 'Looking back' }).waitFor();
  assert.equal(await page.locator('nav[aria-label="Five a day"] a[aria-current="page"]').innerText(), 'Looking back');
  assert.match(await page.locator('main dl').innerText(), /at least one way\s+2 days now \(your longest: 2 days\)/);
  assert.match(await page.locator('main svg[role="img"]').first().getAttribute('aria-label'), /Bar chart: Monday \d/);
  assert.match(await page.locator('main').innerText(), /Be active: 2 of the last 28 days/);
  assert.ok(await page.locator('.kmcn-calendar td', { hasText: '1 of 5' }).count() >= 1);
  await assertAccessible(page, 'looking back');

  await page.locator('.kmcn-week-table a', { hasText: 'Today' }).click();
  await page.locator('main h1:visible', { hasText: 'Five a day for the mind' }).waitFor();
  assert.match(await page.locator('#day-heading').innerText(), /^Today, /);
  // A past day opens at that day, ticks and all.
  await site.goto(page, '/five-a-day/history');
  const yesterday = await londonDate(page, -1);
  // On a Monday, yesterday is in the week before.
  const yesterdayLink = page.locator('.kmcn-week-table a', { hasText: 'Yesterday' });
  if ((await yesterdayLink.count()) === 0) await page.locator('main button', { hasText: 'Previous week' }).click();
  await yesterdayLink.click();
  await page.waitForURL((url) => url.pathname === '/five-a-day' && url.search === `?day=${yesterday}`);
  assert.match(await page.locator('#day-heading').innerText(), /^Yesterday, /);
  assert.equal(await page.locator('#way-be-active').isChecked(), true);
  await assertClean(page);
  await page.context().close();
});

test('export to JSON and CSV, delete everything, then bring each back from the file', async () => {
  for (const [button, extension] of [['Download (JSON', 'json'], ['Download (CSV', 'csv']]) {
    const page = await site.open('/five-a-day');
    await tick(page, 'connect');
    await page.locator('.kmcn-way-card', { hasText: 'Connect' }).locator('summary', { hasText: 'Add a note' }).click();
    await page.locator('#note-connect').fill('Lunch with Sam, then "a walk"');
    await page.locator('label[for="feeling-5"]').click();
    const before = await stored(page);
    await page.locator('nav[aria-label="Five a day"] a', { hasText: 'Your data' }).click();
    await page.locator('main h1:visible', { hasText: 'Your data' }).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('main button', { hasText: button }).click()]);
    assert.match(download.suggestedFilename(), new RegExp(`^five-a-day-\\d{4}-\\d{2}-\\d{2}\\.${extension}$`));
    const file = join(tmpdir(), `kmcn-export-${process.pid}.${extension}`);
    await download.saveAs(file);
    if (extension === 'csv') assert.match(readFileSync(file, 'utf8'), /^date,connect,be-active/);

    await page.locator('main button', { hasText: 'Delete everything' }).click();
    assert.match(await page.locator('main [role="alert"]').innerText(), /Are you sure\?/);
    assert.equal(await focusedText(page), 'No, keep it');
    await assertAccessible(page, 'delete confirmation');
    await page.locator('main button', { hasText: 'Yes, delete everything' }).click();
    assert.equal(await stored(page), null);
    assert.equal(await focusedText(page), 'Delete everything');

    await page.locator('#import-file').setInputFiles(file);
    const preview = page.locator('.kmcn-import-preview');
    assert.match(await preview.innerText(), /The file has 1 days: 1 new, 0 with changes, 0 the same/);
    assert.equal(await stored(page), null, 'nothing changes before the import is applied');
    await assertAccessible(page, 'import preview');
    await page.locator('main button', { hasText: 'Add it to my record' }).click();
    await page.locator('main [role="status"]', { hasText: 'The file has been added' }).waitFor();
    assert.deepEqual(await stored(page), before);
    await assertClean(page);
    await page.context().close();
  }
});

test('a file that is not a five a day export is refused and changes nothing', async () => {
  const page = await site.open('/five-a-day');
  await tick(page, 'give');
  const before = await stored(page);
  await site.goto(page, '/five-a-day/your-data');
  const file = join(tmpdir(), `kmcn-wrong-${process.pid}.csv`);
  writeFileSync(file, 'name,age\nSam,4\n');
  await page.locator('#import-file').setInputFiles(file);
  assert.match(await page.locator('#import-error').innerText(), /This is not a five a day file/);
  assert.equal(await page.locator('.kmcn-import-preview').count(), 0);
  assert.deepEqual(await stored(page), before);
  await assertAccessible(page, 'import error');
  await page.context().close();
});

test('two tabs stay in step', async () => {
  const first = await site.open('/five-a-day');
  const second = await first.context().newPage();
  await site.goto(second, '/five-a-day');
  await tick(first, 'take-notice');
  await second.locator('#way-take-notice:checked').waitFor();
  await tick(second, 'give');
  await first.locator('#way-give:checked').waitFor();
  const today = await londonDate(first);
  assert.deepEqual((await stored(first)).days[today], { ways: ['take-notice', 'give'] });
  await first.context().close();
});

/** A JSON export holding one tick, written to a temporary file for the import button. */
function exportFile(name, day, way) {
  const file = join(tmpdir(), `kmcn-${name}-${process.pid}.json`);
  writeFileSync(file, JSON.stringify({ schema: 2, days: { [day]: { ways: [way] } } }));
  return file;
}

test('an import applied in one tab keeps a tick made in another tab after the file was chosen', async () => {
  const data = await site.open('/five-a-day/your-data');
  const today = await londonDate(data);
  const yesterday = await londonDate(data, -1);
  await data.locator('#import-file').setInputFiles(exportFile('import-late', yesterday, 'give'));
  await data.locator('.kmcn-import-preview').waitFor();

  const other = await data.context().newPage();
  await site.goto(other, '/five-a-day');
  await tick(other, 'connect');

  await data.locator('main button', { hasText: 'Add it to my record' }).click();
  await data.locator('main [role="status"]', { hasText: 'The file has been added' }).waitFor();
  assert.deepEqual((await stored(data)).days, { [today]: { ways: ['connect'] }, [yesterday]: { ways: ['give'] } });
  await other.locator('#way-connect:checked').waitFor();
  await data.context().close();
});

test('an import applied after another tab deleted everything does not bring the deleted record back', async () => {
  const data = await site.open('/five-a-day');
  const today = await londonDate(data);
  const yesterday = await londonDate(data, -1);
  await tick(data, 'take-notice');
  await site.goto(data, '/five-a-day/your-data');
  await data.locator('#import-file').setInputFiles(exportFile('import-after-delete', yesterday, 'give'));
  await data.locator('.kmcn-import-preview').waitFor();

  const other = await data.context().newPage();
  await site.goto(other, '/five-a-day/your-data');
  await other.locator('main button', { hasText: 'Delete everything' }).click();
  await other.locator('main button', { hasText: 'Yes, delete everything' }).click();
  assert.equal(await stored(other), null);

  await data.locator('main button', { hasText: 'Add it to my record' }).click();
  await data.locator('main [role="status"]', { hasText: 'The file has been added' }).waitFor();
  const days = (await stored(data)).days;
  assert.deepEqual(days, { [yesterday]: { ways: ['give'] } }, `today's deleted tick (${today}) stays deleted`);
  await data.context().close();
});

test('the day moves on at midnight, across the clock change', async () => {
  const page = await site.open(null, { clock: null });
  // 23:59:40 BST on Saturday 24 October 2026; the clocks go back an hour later.
  await page.clock.install({ time: new Date('2026-10-24T22:59:40Z') });
  await site.goto(page, '/five-a-day');
  assert.equal(await page.locator('#day-heading').innerText(), 'Today, Saturday 24 October');
  await page.clock.runFor(60_000);
  await page.locator('#day-heading', { hasText: 'Today, Sunday 25 October' }).waitFor();
  await tick(page, 'connect');
  assert.deepEqual(Object.keys((await stored(page)).days), ['2026-10-25']);
  await page.context().close();
});

test('the tracker works from the keyboard alone', async () => {
  const page = await site.open('/five-a-day');
  await tabTo(page, '#way-take-notice');
  await page.keyboard.press('Space');
  assert.equal(await page.locator('#way-take-notice').isChecked(), true);
  await tabTo(page, 'main .kmcn-day-picker button:not([disabled])');
  assert.equal(await focusedText(page), 'Previous day');
  await page.keyboard.press('Enter');
  assert.match(await page.locator('#day-heading').innerText(), /^Yesterday/);
  await tabTo(page, '#way-connect');
  await page.keyboard.press('Space');
  const yesterday = await londonDate(page, -1);
  assert.deepEqual((await stored(page)).days[yesterday], { ways: ['connect'] });
  // A button pressed that is turned off, taken away or drawn again passes the keyboard's place
  // on rather than dropping it.
  await page.locator('main button', { hasText: 'Next day' }).focus();
  await page.keyboard.press('Enter');
  assert.match(await page.locator('#day-heading').innerText(), /^Today/);
  assert.equal(await focusedText(page), 'Previous day');
  const monday = page.locator('.kmcn-week-strip__day').first();
  const label = await monday.innerText();
  await monday.focus();
  await page.keyboard.press('Enter');
  assert.equal(await focusedText(page), label);
  await page.context().close();
});

test('a stored value that cannot be read is kept aside, reported, and can be downloaded', async () => {
  const damaged = '{"schema":2,"days":{"2026-02-30":{"ways":["give"]}}}';
  const page = await openWithStored(damaged);
  const notice = page.locator('.nhsuk-warning-callout');
  assert.match(await notice.innerText(), /We could not read your saved record/);
  const backupKey = (await notice.innerText()).match(/“(kmcn\.five-a-day\.v1\.unreadable\.\d+)”/)[1];
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), backupKey), damaged);
  await assertAccessible(page, 'unreadable record notice');

  await tick(page, 'be-active');
  const today = await londonDate(page);
  assert.deepEqual((await stored(page)).days, { [today]: { ways: ['be-active'] } });

  await site.goto(page, '/five-a-day/your-data');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('main button', { hasText: `Download ${backupKey}` }).click()]);
  const file = join(tmpdir(), `kmcn-backup-${process.pid}.txt`);
  await download.saveAs(file);
  assert.equal(readFileSync(file, 'utf8'), damaged);
  await assertClean(page);
  await page.context().close();
});

test('a record from a newer version of the site is left untouched', async () => {
  const newer = '{"schema":3,"days":{},"moods":[]}';
  const page = await openWithStored(newer);
  assert.match(await page.locator('.nhsuk-warning-callout').innerText(), /saved by a newer version/);
  await tick(page, 'connect');
  assert.equal(await page.locator('#way-connect').isChecked(), true, 'the tracker still works for the visit');
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), newer);
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
  await tick(page, 'keep-learning');
  assert.equal(await page.locator('#way-keep-learning').isChecked(), true);
  await assertAccessible(page, 'blocked storage notice');
  await assertClean(page);
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
  await tick(page, 'give');
  assert.match(await page.locator('.nhsuk-warning-callout').innerText(), /Your last change was not saved/);
  assert.equal(await page.locator('#way-give').isChecked(), true);
  await page.context().close();
});

test('when storage is full, the saved record is still shown, and deleting says what it could not remove', async () => {
  const page = await site.open(null);
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(START_TIME);
  const saved = JSON.stringify({ schema: 2, days: { [today]: { ways: ['connect'] } } });
  await page.context().addInitScript(([key, text]) => {
    localStorage.setItem(key, text);
    Storage.prototype.setItem = function () {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
    // This browser also fails to remove anything, as a broken or locked store might.
    Storage.prototype.removeItem = function () {};
  }, [KEY, saved]);
  await site.goto(page, '/five-a-day');
  assert.match(await page.locator('.nhsuk-warning-callout').innerText(), /storage for the site is full/);
  assert.equal(await page.locator('#way-connect').isChecked(), true, 'the saved record is shown');
  await assertAccessible(page, 'full storage notice');

  await site.goto(page, '/five-a-day/your-data');
  await page.locator('main button', { hasText: 'Delete everything' }).click();
  await page.locator('main button', { hasText: 'Yes, delete everything' }).click();
  assert.match(await page.locator('main [role="status"]').innerText(), /Not everything could be deleted: 1 saved record is still on this device/);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), saved);
  await page.context().close();
});

