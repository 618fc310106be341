// The "find the right service" journey in a real browser, with the mouse and with the keyboard.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { answerUntilOutcome, assertAccessible, assertClean, click, focusedText, heading, keyboardChoose, launch, noSignsForMe, tabTo, tabToButton } from './support.mjs';

let site;
before(async () => {
  site = await launch();
});
after(() => site.close());

const JOURNEYS = [
  {
    name: 'back pain for 8 weeks leads to a physiotherapist',
    age: '18 to 64 years',
    problem: 'Back pain',
    answers: [[/6 weeks or more/, 'Yes']],
    outcome: 'Get help from a physiotherapist',
    care: 'non-urgent',
  },
  {
    name: 'low mood for weeks leads to NHS Talking Therapies',
    age: '18 to 64 years',
    problem: 'Low mood or depression',
    answers: [[/low or hopeless on most days/, 'Yes']],
    outcome: 'Refer yourself to NHS Talking Therapies',
    care: 'non-urgent',
  },
  {
    name: 'a sore throat with white spots at age 5 to 11 leads to Pharmacy First',
    age: '5 to 11 years',
    problem: 'Sore throat',
    answers: [[/white or yellow spots/, 'Yes']],
    outcome: 'See a pharmacist about your sore throat',
    care: 'non-urgent',
  },
  {
    name: 'the same sore throat at age 1 to 4 does not lead to Pharmacy First',
    age: '1 to 4 years',
    problem: 'Sore throat',
    answers: [[/white or yellow spots/, 'Yes']],
    outcome: 'Contact your GP practice in the next few days',
    care: 'non-urgent',
  },
  {
    name: 'low mood with thoughts of self-harm leads to the 111 mental health option',
    age: '16 or 17 years',
    problem: 'Low mood or depression',
    answers: [[/harming themselves|harming yourself/, 'Yes']],
    outcome: 'Get urgent mental health help now: call 111 and choose the mental health option',
    care: 'urgent',
  },
];

for (const journey of JOURNEYS) {
  test(`with the mouse: ${journey.name}`, async () => {
    const page = await site.open('/where-to-go');
    assert.equal(await heading(page), 'Is any of these happening now, or has it just happened?');
    await noSignsForMe(page);
    await click(page, journey.age);
    assert.match(await heading(page), /^What is your (child's )?main problem\?$/);
    await click(page, journey.problem);
    await answerUntilOutcome(page, journey.answers);
    assert.equal(await heading(page), journey.outcome);
    assert.equal(await page.title(), `${journey.outcome} - Kent & Medway Care Navigator`);
    assert.ok(await page.locator(`#outcome.nhsuk-card--care--${journey.care}`).isVisible());
    // The outcome says how soon, why, and what to do if it gets worse.
    assert.match(await page.locator('#outcome').innerText(), /How soon:/);
    assert.ok(await page.locator('main h2', { hasText: 'Why we said this' }).isVisible());
    assert.match(await page.locator('main').innerText(), /This advice was last reviewed on \d+ \w+ 20\d\d and is next due for review on \d+ \w+ 20\d\d/);
    assert.ok((await page.locator('main dl.nhsuk-summary-list').first().innerText()).length > 0);
    assert.ok(await page.locator('main h2', { hasText: 'If it gets worse' }).isVisible());
    await assertAccessible(page, `outcome of ${journey.name}`);
    await assertClean(page);
    await page.context().close();
  });
}

for (const journey of JOURNEYS.slice(0, 3)) {
  test(`with the keyboard alone: ${journey.name}`, async () => {
    const page = await site.open('/where-to-go');
    await tabTo(page, '#flag-none');
    await page.keyboard.press('Space');
    await tabTo(page, 'main button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.locator('main h1', { hasText: 'Who needs help?' }).waitFor();
    // Focus moves to each new question.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    assert.equal(await focusedText(page), 'Who needs help?');
    await keyboardChoose(page, /^Me$/);
    await page.locator('main h1', { hasText: 'How old are you?' }).waitFor();
    await keyboardChoose(page, journey.age);
    await page.locator('main h1', { hasText: /main problem\?$/ }).waitFor();
    await keyboardChoose(page, journey.problem);
    await answerUntilOutcome(page, journey.answers, keyboardChoose);
    assert.equal(await heading(page), journey.outcome);
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    assert.match(await focusedText(page), new RegExp(journey.outcome));
    // Start again is reachable by keyboard and goes back to the first question.
    await tabToButton(page, 'Start again');
    await page.keyboard.press('Enter');
    await page.locator('main h1', { hasText: 'Is any of these happening now, or has it just happened?' }).waitFor();
    await assertClean(page);
    await page.context().close();
  });
}

test('a step that needs the rest of the rules waits for them, and nothing is lost if they cannot be fetched', async () => {
  const page = await site.open(null);
  // The page starts from the emergency signs and the age bands, and downloads the whole rule
  // set behind them: held back here, then refused once, then let through.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  let refuse = false;
  let downloads = 0;
  await page.route(/\/content\/rules-[0-9a-f]+\.bin$/, async (route) => {
    downloads += 1;
    await held;
    return refuse ? route.abort() : route.continue();
  });
  await site.goto(page, '/where-to-go');
  await noSignsForMe(page);
  await click(page, '18 to 64 years');
  await page.locator('main [role="status"]', { hasText: 'Loading the next question' }).waitFor();
  assert.equal(await heading(page), 'How old are you?');
  await assertAccessible(page, 'a step waiting for the rest of the rules');

  refuse = true;
  release();
  await page.locator('main [role="alert"]', { hasText: 'The next question could not be loaded. Your answers are kept.' }).waitFor();
  assert.equal(await page.locator('main [role="status"]', { hasText: 'Loading the next question' }).count(), 0);
  assert.equal(await heading(page), 'How old are you?');
  assert.ok(await page.locator('main input[type="radio"]:checked + label', { hasText: '18 to 64 years' }).isVisible());
  await assertAccessible(page, 'a step whose next question could not be fetched');

  // Going back leaves the failure behind; choosing again tries the download again.
  await page.locator('main button', { hasText: 'Back' }).click();
  assert.equal(await heading(page), 'Who needs help?');
  assert.equal(await page.locator('main [role="alert"]').count(), 0);
  await click(page, /^Me$/);
  await click(page, '18 to 64 years');
  await page.locator('main [role="alert"]', { hasText: 'The next question could not be loaded.' }).waitFor();

  refuse = false;
  await page.locator('main button', { hasText: 'Try again' }).click();
  await page.locator('main h1', { hasText: 'What is your main problem?' }).waitFor();
  assert.equal(await page.locator('main [role="alert"]').count(), 0);
  await click(page, 'Back pain');
  await answerUntilOutcome(page, [[/6 weeks or more/, 'Yes']]);
  assert.equal(await heading(page), 'Get help from a physiotherapist');
  // The download started with the page was the one first waited for; choosing again and
  // trying again made one each.
  assert.equal(downloads, 3);
  await page.context().close();
});

test('any red flag leads to 999 at once, before any other question, and the reason is shown', async () => {
  const page = await site.open('/where-to-go');
  await page.locator('main label', { hasText: 'Face dropping on one side' }).click();
  await page.locator('main label', { hasText: 'A serious injury' }).click();
  await page.locator('main button', { hasText: 'Continue' }).click();
  assert.equal(await heading(page), 'Call 999 now');
  assert.ok(await page.locator('#outcome.nhsuk-card--care--emergency').isVisible());
  const why = await page.locator('main dl.nhsuk-summary-list').first().innerText();
  assert.match(why, /Face dropping on one side/);
  assert.match(why, /A serious injury/);
  assert.ok(await page.locator('main .nhsuk-summary-list a[href="tel:999"]').isVisible());
  await assertAccessible(page, '999 outcome');
  await assertClean(page);
  await page.context().close();
});

test('"None of these" clears the ticked signs, and a sign clears "None of these"', async () => {
  const page = await site.open('/where-to-go');
  const bleeding = page.locator('#flag-bleeding');
  const none = page.locator('#flag-none');
  await page.locator('label[for="flag-bleeding"]').click();
  await page.locator('label[for="flag-none"]').click();
  assert.equal(await bleeding.isChecked(), false);
  assert.equal(await none.isChecked(), true);
  await page.locator('label[for="flag-bleeding"]').click();
  assert.equal(await none.isChecked(), false);
  await page.context().close();
});

test('continuing without an answer shows an error that links to the question', async () => {
  const page = await site.open('/where-to-go');
  await page.locator('main button', { hasText: 'Continue' }).click();
  assert.match(await page.locator('.nhsuk-error-summary').innerText(), /There is a problem\s+Tick the signs that apply, or “None of these”/);
  assert.ok(await page.locator('.nhsuk-form-group--error #flags-error').isVisible());
  await assertAccessible(page, 'red flag error state');
  await click(page, 'None of these');
  assert.equal(await heading(page), 'Who needs help?');
  await page.locator('main button', { hasText: 'Continue' }).click();
  assert.match(await page.locator('.nhsuk-error-summary').innerText(), /There is a problem\s+Select an answer/);
  assert.ok(await page.locator('.nhsuk-form-group--error #question-error').isVisible());
  await assertAccessible(page, 'error state');
  await page.context().close();
});

test('"not sure" takes the safer answer and says so; Back changes the last answer', async () => {
  const page = await site.open('/where-to-go');
  await noSignsForMe(page);
  await click(page, '18 to 64 years');
  await click(page, 'Back pain');
  assert.match(await heading(page), /numbness or tingling around your bottom/);
  await click(page, "I'm not sure");
  assert.equal(await heading(page), 'Go to A&E now');
  assert.match(await page.locator('main').innerText(), /You were not sure about one of the answers, so we chose the safer option/);

  await page.locator('main button', { hasText: 'Back' }).click();
  assert.match(await heading(page), /numbness or tingling around your bottom/);
  await click(page, 'No');
  assert.match(await heading(page), /controlling your pee or poo/);
  await assertClean(page);
  await page.context().close();
});

test('the journey stores nothing in the browser', async () => {
  const page = await site.open('/where-to-go');
  await noSignsForMe(page);
  await click(page, '18 to 64 years');
  await click(page, 'Sore throat');
  await click(page, 'Yes');
  assert.equal(await heading(page), 'Call 999 now');
  const stored = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookies: document.cookie }));
  assert.deepEqual(stored, { local: 0, session: 0, cookies: '' });
  assert.equal(new URL(page.url()).search, '', 'answers are not put in the address');
  await page.context().close();
});

test('the emergency signs are grouped, with those for babies and children on their own', async () => {
  const page = await site.open('/where-to-go');
  const groups = await page.locator('main h2.kmcn-flag-group').allInnerTexts();
  assert.deepEqual(groups, ['In anyone', 'In babies and children']);
  assert.ok(await page.locator('label[for="flag-baby-high-temperature"]').isVisible());
  await page.context().close();
});

test('the list of problems can be narrowed by typing, and "Something else" always stays', async () => {
  const page = await site.open('/where-to-go');
  await noSignsForMe(page);
  await click(page, '18 to 64 years');
  const total = await page.locator('main .nhsuk-radios__item').count();
  assert.ok(total >= 30, `only ${total} problems for adults`);
  await page.locator('#choice-filter').fill('tooth');
  const visible = await page.locator('main .nhsuk-radios__item:visible label').allInnerTexts();
  assert.deepEqual(visible, ['Toothache or a dental problem', 'Something else']);
  assert.equal(await page.locator('#choice-filter-count').innerText(), `Showing 2 of ${total}`);
  // Enter in the search box does not submit the form.
  await page.locator('#choice-filter').press('Enter');
  assert.equal(await page.locator('.nhsuk-error-summary').count(), 0);
  await page.locator('main label', { hasText: 'Toothache' }).click();
  await page.locator('main button[type="submit"]').click();
  assert.notEqual(await heading(page), 'What is your main problem?');
  await page.context().close();
});

/** Answers the questions that lead an adult with an injured ankle to an urgent treatment centre. */
async function injuredAnkle(page) {
  await noSignsForMe(page);
  await click(page, '18 to 64 years');
  await click(page, 'Sprains, strains and possible broken bones');
  await answerUntilOutcome(page, [[/unable to put weight on the leg/, 'Yes']]);
  assert.equal(await heading(page), 'Go to an urgent treatment centre or minor injuries unit');
}

const placeNames = (page) => page.locator('main .kmcn-place h3').allInnerTexts();

test('at 3am only the 24-hour urgent treatment centres are open, and they are listed first', async () => {
  const page = await site.open(null);
  await page.clock.setFixedTime(new Date('2026-11-23T03:00:00Z'));
  await site.goto(page, '/where-to-go');
  await injuredAnkle(page);
  const places = await placeNames(page);
  assert.equal(places.length, 16);
  const tags = await page.locator('main .kmcn-place .nhsuk-tag').allInnerTexts();
  assert.deepEqual(tags.slice(0, 4), ['Open 24 hours', 'Open 24 hours', 'Open 24 hours', 'Open 24 hours']);
  assert.ok(tags.slice(4).every((tag) => tag === 'Closed now, opens at 8am'), tags.join(' | '));
  assert.ok(places.slice(0, 4).includes('Medway Maritime Hospital urgent treatment centre'));

  // Nearest first from a postcode on the Isle of Sheppey: Medway is the nearest open at night.
  await page.locator('#postcode').fill('ME12 1AA');
  await page.locator('main button', { hasText: 'Show nearest first' }).click();
  await page.locator('main [role="status"]', { hasText: 'nearest to ME12' }).waitFor();
  assert.equal((await placeNames(page))[0], 'Medway Maritime Hospital urgent treatment centre');
  await assertAccessible(page, 'urgent care places');
  await assertClean(page);
  await page.context().close();
});

test('in the daytime the nearest open place comes first, and an unknown postcode is explained', async () => {
  const page = await site.open(null);
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00Z'));
  await site.goto(page, '/where-to-go');
  await injuredAnkle(page);
  await page.locator('#postcode').fill('me12');
  await page.locator('main button', { hasText: 'Show nearest first' }).click();
  await page.locator('main [role="status"]', { hasText: 'nearest to ME12 (Sheerness, Isle of Sheppey)' }).waitFor();
  const places = await placeNames(page);
  assert.deepEqual(places.slice(0, 2), ['Sheppey Community Hospital minor injuries unit', 'Sittingbourne Memorial Hospital minor injuries unit']);
  assert.match(await page.locator('main .kmcn-place').first().innerText(), /Open now, closes at 8pm/);

  await page.locator('#postcode').fill('SW1A 1AA');
  await page.locator('main button', { hasText: 'Show nearest first' }).click();
  assert.match(await page.locator('#postcode-error').innerText(), /SW1A is not a Kent or Medway postcode/);
  await assertAccessible(page, 'postcode error');
  // The error stays marked while the postcode is changed, until it is sent again.
  await page.locator('#postcode').fill('ME1');
  await page.locator('#postcode').blur();
  assert.equal(await page.locator('.nhsuk-form-group--error #postcode').count(), 1);
  await page.locator('main button', { hasText: 'Show nearest first' }).click();
  await page.locator('main [role="status"]', { hasText: 'nearest to ME1 ' }).waitFor();
  assert.equal(await page.locator('.nhsuk-form-group--error').count(), 0);
  assert.equal(await page.locator('#postcode-error').count(), 0);
  await page.context().close();
});
