// Care navigation for practice staff: from a few typed letters to a summary the patient keeps,
// by keyboard alone, with print and copy checked; and the quick reference poster.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible, assertClean, keyboardChoose, launch, tabTo, tabToButton } from './support.mjs';

let site;
before(async () => {
  site = await launch();
});
after(() => site.close());

const MONDAY_MORNING = new Date('2026-11-23T10:00:00Z');

/** Waits for a new heading to take focus, as it does after every step. */
async function headingFocused(page, text) {
  await page.locator('main h1', { hasText: text }).waitFor();
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
}

const isShown = (page, selector) => page.locator(selector).first().isVisible();

test('a receptionist goes from "back" to a printed summary and a text message, by keyboard alone', async () => {
  const page = await site.open(null, { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.clock.setFixedTime(MONDAY_MORNING);
  await site.goto(page, '/practice-staff');
  assert.match(await page.locator('main').innerText(), /Nothing you type here is stored, logged or sent anywhere/);

  await tabTo(page, '#reason');
  await page.keyboard.type('back');
  await page.locator('#reason-count', { hasText: /^[1-9]\d* match/ }).waitFor();
  assert.equal(await page.locator('main .nhsuk-radios__label').first().innerText(), 'Back pain');
  // Tab into the list of matches, take the first, and continue.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'reason-back-pain');
  await page.keyboard.press('Space');
  await tabTo(page, 'main button[type="submit"]');
  await page.keyboard.press('Enter');

  // Every emergency sign at once, as a checklist to read aloud; no "who needs help?" step.
  await headingFocused(page, 'Is any of these happening now, or has it just happened?');
  assert.match(await page.locator('#flags-hint').innerText(), /Read the list to the patient/);
  assert.ok((await page.locator('main #red-flags input[type="checkbox"]').count()) >= 10);
  await tabTo(page, '#flag-none');
  await page.keyboard.press('Space');
  await tabTo(page, 'main button[type="submit"]');
  await page.keyboard.press('Enter');

  await headingFocused(page, 'How old is the patient?');
  await keyboardChoose(page, '18 to 64 years');
  // The reason was chosen at the start, so the flow goes straight to its questions.
  await headingFocused(page, 'numbness or tingling around your bottom');
  // "No" to each question but how long it has lasted, found by its words.
  while ((await page.locator('#outcome').count()) === 0) {
    const before = await page.locator('main h1').innerText();
    await keyboardChoose(page, /6 weeks or more/.test(before) ? 'Yes' : 'No');
    await page.waitForFunction(
      (previous) => document.querySelector('#outcome') || document.querySelector('main h1')?.innerText !== previous,
      before,
    );
  }
  await headingFocused(page, 'Get help from a physiotherapist');

  // The outcome: the service, how soon, what to say, the self-referral details, and why.
  const main = page.locator('main');
  assert.match(await page.locator('#outcome').innerText(), /How soon:/);
  assert.match(await page.locator('.kmcn-script').innerText(), /What to say\s+\S.{40,}/);
  assert.match(await main.innerText(), /Who can use it/);
  assert.ok(await isShown(page, 'main h2:text-is("Why we said this")'));
  await assertAccessible(page, 'staff outcome');

  // Printing leaves only the summary: no site furniture, buttons or reasoning.
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.nhsuk-header', '.nhsuk-footer', '.kmcn-urgent-help', '#outcome', '.kmcn-script', 'main h2:text-is("Why we said this")', 'main button']) {
    assert.equal(await isShown(page, hidden), false, `${hidden} is printed`);
  }
  const summary = page.locator('.kmcn-patient-summary');
  assert.ok(await summary.isVisible());
  const printed = await summary.innerText();
  assert.match(printed, /Kent & Medway Care Navigator/);
  assert.match(printed, /Get help from a physiotherapist/);
  assert.match(printed, /How soon:/);
  assert.match(printed, /How to contact/);
  assert.match(printed, /If it gets worse/);
  assert.match(printed, /Given on 23 November 2026\. This summary holds no personal details\./);
  await page.emulateMedia({ media: 'screen' });
  assert.ok(await isShown(page, '.nhsuk-header'));
  assert.equal(await isShown(page, '.kmcn-print-only'), false, 'the print heading shows on screen');

  // The copy button puts a one-message text on the clipboard.
  await tabToButton(page, 'Copy as a text message');
  await page.keyboard.press('Enter');
  await page.locator('main [role="status"]', { hasText: 'Copied' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await page.locator('#summary-text').inputValue());
  assert.ok(copied.length <= 160, `${copied.length} characters: too long for one text message`);
  assert.match(copied, /physio/i);
  assert.match(copied, /111/);

  // Nothing about the patient was kept.
  const stored = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookies: document.cookie }));
  assert.deepEqual(stored, { local: 0, session: 0, cookies: '' });
  assert.equal(new URL(page.url()).search, '');

  // Start with a new patient, from the keyboard: back to an empty reason for contact.
  await tabToButton(page, 'Start with a new patient');
  await page.keyboard.press('Enter');
  await headingFocused(page, 'Care navigation');
  assert.equal(await page.locator('#reason').inputValue(), '');
  await assertClean(page);
  await page.context().close();
});

test('everyday shorthand finds the reason for contact', async () => {
  const page = await site.open('/practice-staff');
  const cases = [
    ['uti', /urine|urinary/i],
    ['rash child', /rash/i],
    ['repeat meds', /medicines|prescription/i],
    ['tooth', /tooth|dental/i],
  ];
  for (const [typed, expected] of cases) {
    await page.locator('#reason').fill(typed);
    const first = await page.locator('main .nhsuk-radios__label').first().innerText();
    assert.match(first, expected, `"${typed}" first found "${first}"`);
  }
  // Typing again clears a choice made from the list as it was.
  await page.locator('main .nhsuk-radios__label').first().click();
  assert.equal(await page.locator('main input[name="reason-problem"]:checked').count(), 1);
  await page.locator('#reason').fill('toothache');
  assert.equal(await page.locator('main input[name="reason-problem"]:checked').count(), 0);
  // Enter takes the best match when none has been picked, but only a confident one: "uti" fits
  // the problems for women and for men equally, so the receptionist must choose.
  await page.locator('#reason').fill('uti');
  await page.locator('#reason').press('Enter');
  assert.match(await page.locator('#reason-error').innerText(), /Choose the reason from the list of matches/);
  await page.locator('#reason').fill('chest pain');
  assert.equal(await page.locator('main .nhsuk-radios__label').first().innerText(), 'Chest pain');
  await page.locator('#reason').press('Enter');
  await page.locator('main h1', { hasText: 'Is any of these happening now, or has it just happened?' }).waitFor();
  await page.context().close();
});

test('an unknown reason is explained, and a red flag goes straight to 999 with a script', async () => {
  const page = await site.open('/practice-staff');
  await page.locator('#reason').fill('zzzz');
  assert.equal(await page.locator('#reason-count').innerText(), 'No matches. Try other words, or choose “Something else”.');
  assert.deepEqual(await page.locator('main .nhsuk-radios__label').allInnerTexts(), ['Something else']);
  // Continue does not guess "Something else" for the receptionist.
  await page.locator('main button', { hasText: 'Continue' }).click();
  assert.match(await page.locator('#reason-error').innerText(), /Choose the reason from the list of matches/);
  await assertAccessible(page, 'reason error');

  await page.locator('#reason').fill('headache');
  await page.locator('main .nhsuk-radios__label').first().click();
  await page.locator('main button', { hasText: 'Continue' }).click();
  await page.locator('main label', { hasText: 'Face dropping on one side' }).click();
  await page.locator('main button', { hasText: 'Continue' }).click();
  await page.locator('main h1', { hasText: 'Call 999 now' }).waitFor();
  assert.match(await page.locator('.kmcn-script').innerText(), /999/);
  // Changing the reason goes back to the search, empty.
  await page.locator('main button', { hasText: 'Change the reason for contact' }).click();
  await page.locator('main h1', { hasText: 'Care navigation' }).waitFor();
  assert.equal(await page.locator('#reason').inputValue(), '');
  await assertClean(page);
  await page.context().close();
});

test('the quick reference lists self-referral routes and each area, and prints as a poster', async () => {
  const page = await site.open('/practice-staff');
  await page.locator('main a', { hasText: 'Quick reference' }).click();
  await page.locator('main h1', { hasText: 'Quick reference for care navigation' }).waitFor();
  const headings = await page.locator('main h2').allInnerTexts();
  for (const area of ['Dartford, Gravesham and Swanley', 'Medway', 'Swale', 'West Kent', 'East Kent']) {
    assert.ok(headings.includes(area), `no ${area} heading in ${headings.join(' | ')}`);
  }
  const selfReferral = await page.locator('main table.kmcn-reference').innerText();
  assert.match(selfReferral, /NHS Talking Therapies/);
  assert.match(selfReferral, /Who can use it/);
  const swale = await page.locator('main h2:text-is("Swale") + ul').innerText();
  assert.match(swale, /Sheppey Community Hospital minor injuries unit/);
  assert.doesNotMatch(swale, /Medway Maritime/);
  assert.match(await page.locator('main').innerText(), /Details checked against their sources by \d+ \w+ 20\d\d/);
  await assertAccessible(page, 'quick reference');
  // Its button prints: the page starts no app, so the shell's script does it.
  await page.evaluate(() => {
    window.print = () => {
      window.printed = true;
    };
  });
  await page.locator('main button', { hasText: 'Print as a poster' }).click();
  assert.equal(await page.evaluate(() => window.printed), true);

  await page.emulateMedia({ media: 'print' });
  assert.equal(await isShown(page, '.nhsuk-header'), false);
  assert.equal(await isShown(page, 'main button'), false);
  assert.ok(await page.locator('main table.kmcn-reference').isVisible());
  await assertClean(page);
  await page.context().close();
});

test('the care navigation pages are reached from the home page, each a page of its own', async () => {
  const page = await site.open('/');
  await page.locator('main a[href="/practice-staff"]').first().click();
  await page.locator('main h1:visible', { hasText: 'Care navigation' }).waitFor();
  // The first screen is written into the page, so it shows before the page has loaded: count
  // only the loads after this one.
  await page.waitForLoadState('load');
  const loads = [];
  page.on('load', () => loads.push(new URL(page.url()).pathname));
  await page.locator('main a', { hasText: 'Quick reference' }).first().click();
  await page.locator('main h1', { hasText: 'Quick reference for care navigation' }).waitFor();
  assert.deepEqual(loads, ['/practice-staff/quick-reference']);
  // A page load starts at the top of the page, as on any other site.
  assert.equal(await page.evaluate(() => document.activeElement === document.body), true);
  await page.context().close();
});
