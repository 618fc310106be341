// The carers hub, and the signposting flow used on behalf of someone else.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { answerUntilOutcome, assertAccessible, assertClean, click, heading, launch } from './support.mjs';

let site;
before(async () => {
  site = await launch();
});
after(() => site.close());

test('the carers hub gathers the guides, local support in Kent and in Medway, and the questions', async () => {
  const page = await site.open('/');
  await page.locator('main a[href="/carers"]').first().click();
  await page.locator('main h1', { hasText: 'Support for carers' }).waitFor();
  const guides = await page.locator('main ul.kmcn-page-list a').allInnerTexts();
  assert.equal(guides.length, 7, guides.join(' | '));
  const main = await page.locator('main').innerText();
  for (const topic of [/carer/i, /assessment/i, /young carers/i, /emergency/i, /money|benefits/i, /looking after yourself/i]) {
    assert.match(guides.join(' | '), topic);
  }
  assert.match(main, /Support for carers in Kent/);
  assert.match(main, /Support for carers in Medway/);
  assert.match(main, /Details checked on \d+ \w+ 20\d\d/);
  await assertAccessible(page, 'carers hub');

  // Every guide opens.
  for (const href of await page.locator('main ul.kmcn-page-list a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    await site.goto(page, href);
    await page.locator('main .kmcn-guidance').waitFor();
  }
  await assertClean(page);
  await page.context().close();
});

test('help for the person you care for is worded for them', async () => {
  const page = await site.open('/carers');
  await page.locator('main a', { hasText: 'Get help for the person you care for' }).click();
  await page.locator('main h1', { hasText: 'Is any of these happening now, or has it just happened?' }).waitFor();
  await click(page, 'None of these');
  // Who it is for was already said, so that is not asked again.
  assert.equal(await heading(page), 'How old is the person you are helping?');
  await click(page, '65 or over');
  assert.equal(await heading(page), 'What is their main problem?');
  await click(page, 'Cough');
  assert.match(await page.locator('main .nhsuk-hint').first().innerText(), /Answer for the person you are helping\./);
  await assertAccessible(page, 'question for someone else');
  await assertClean(page);
  await page.context().close();
});

test('choosing "someone I care for" in the flow gives the same wording, and an outcome to share', async () => {
  const page = await site.open('/where-to-go');
  await click(page, 'None of these');
  assert.equal(await heading(page), 'Who needs help?');
  await click(page, 'Someone I care for');
  assert.equal(await heading(page), 'How old is the person you are helping?');
  await click(page, '18 to 64 years');
  await click(page, 'Back pain');
  assert.match(await heading(page), /Do they have numbness/, 'worded for the person helped');
  await answerUntilOutcome(page, []);
  assert.match(await page.locator('main').innerText(), /If you are helping someone, share this with them/);
  await assertAccessible(page, 'outcome for someone else');
  await page.context().close();
});

test('support for yourself as a carer goes to the carers questions', async () => {
  const page = await site.open('/carers');
  await page.locator('main a', { hasText: 'Get support for yourself as a carer' }).click();
  await page.locator('main h1', { hasText: 'Is any of these happening now, or has it just happened?' }).waitFor();
  await click(page, 'None of these');
  assert.equal(await heading(page), 'How old are you?');
  await click(page, '18 to 64 years');
  assert.match(await heading(page), /Is the person you look after seriously ill right now/);
  await answerUntilOutcome(page, []);
  assert.match(await page.locator('main').innerText(), /carer/i);
  await assertClean(page);
  await page.context().close();
});
