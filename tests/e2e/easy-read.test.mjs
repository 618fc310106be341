// Easy Read: every outcome's Easy Read card, the switch on an outcome and in the tracker, and the
// Easy Read guidance pages. Pictures must load and carry the text alternatives listed in
// content/easy-read/pictograms.toml.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { answerUntilOutcome, assertAccessible, assertClean, click, heading, launch, noSignsForMe, openEveryCard } from './support.mjs';

let site;
before(async () => {
  site = await launch();
});
after(() => site.close());

/** Each picture's text alternative, by id, as the list gives it. */
const ALT = new Map(
  [...readFileSync('content/easy-read/pictograms.toml', 'utf8').matchAll(/^id = "([^"]+)"\nalt = "([^"]+)"$/gm)].map((match) => [match[1], match[2]]),
);
const OUTCOMES = readdirSync('content/signposting/outcomes')
  .map((name) => readFileSync(`content/signposting/outcomes/${name}`, 'utf8').match(/^\[\[outcome\]\]$/gm)?.length ?? 0)
  .reduce((a, b) => a + b, 0);

/** Every picture inside `scope`: its id, its text alternative and whether it has been drawn. */
const pictures = (page, scope) =>
  page.locator(`${scope} img.kmcn-pictogram`).evaluateAll((images) =>
    images.map((image) => ({
      id: image.getAttribute('src').match(/^\/pictograms\/([a-z0-9-]+)\.svg$/)?.[1],
      alt: image.alt,
      drawn: image.complete && image.naturalWidth > 0,
    })),
  );

/** Waits for every picture on the page to finish loading, then checks each one. */
async function assertPicturesShown(page, scope, label) {
  await page.waitForFunction((s) => [...document.querySelectorAll(`${s} img.kmcn-pictogram`)].every((image) => image.complete), scope);
  const shown = await pictures(page, scope);
  assert.ok(shown.length > 0, `${label}: no pictures`);
  for (const picture of shown) {
    assert.ok(picture.id && ALT.has(picture.id), `${label}: unknown picture ${JSON.stringify(picture)}`);
    assert.equal(picture.alt, ALT.get(picture.id), `${label}: text alternative of ${picture.id}`);
    assert.ok(picture.drawn, `${label}: ${picture.id} did not load`);
  }
  return shown;
}

test('the picture list has at least 20 pictures and the build serves each one', async () => {
  assert.ok(ALT.size >= 20, `${ALT.size} pictures`);
  const page = await site.open('/');
  for (const id of ALT.keys()) {
    const response = await page.request.get(`${site.origin}/pictograms/${id}.svg`);
    assert.equal(response.status(), 200, id);
    assert.match(response.headers()['content-type'], /^image\/svg\+xml/, id);
  }
  await page.context().close();
});

test('every outcome has an Easy Read card: the key action first, a picture for each step, and what to do if it gets worse', async () => {
  const page = await site.open('/practice-staff/easy-read');
  const cards = page.locator('main details.kmcn-easy-read-card-print');
  assert.equal(await cards.count(), OUTCOMES, 'one card per outcome');
  await openEveryCard(page);
  const steps = await cards.evaluateAll((all) =>
    all.map((card) => ({
      id: card.id,
      pictures: [...card.querySelectorAll('.kmcn-easy-read-steps__step')].map((step) => step.querySelector('img')?.getAttribute('src')),
      texts: [...card.querySelectorAll('.kmcn-easy-read-steps__step p')].map((text) => text.textContent.trim()),
    })),
  );
  for (const card of steps) {
    assert.ok(card.pictures.length >= 2, `${card.id}: ${card.pictures.length} steps`);
    assert.ok(card.pictures.every(Boolean), `${card.id}: a step without a picture`);
    assert.ok(card.texts.every((text) => text.length > 0), `${card.id}: an empty step`);
    assert.ok(card.pictures.includes('/pictograms/getting-worse.svg'), `${card.id}: nothing on getting worse`);
  }
  await assertPicturesShown(page, 'main', 'Easy Read cards');
  await assertAccessible(page, 'Easy Read cards, all open');
  // Printing prints the open cards only.
  await cards.evaluateAll((all) => all.forEach((card, index) => { card.open = index === 0; }));
  await page.emulateMedia({ media: 'print' });
  assert.deepEqual(await cards.evaluateAll((all) => all.filter((card) => getComputedStyle(card).display !== 'none').length), 1);
  await assertClean(page);
  await page.context().close();
});

test('the Easy Read switch on an outcome shows pictures and short steps, is remembered on this device, and prints', async () => {
  const page = await site.open('/where-to-go');
  await noSignsForMe(page);
  await click(page, '18 to 64 years');
  await click(page, 'Back pain');
  await answerUntilOutcome(page, [[/6 weeks or more/, 'Yes']]);
  assert.equal(await heading(page), 'Get help from a physiotherapist');
  // Its name stays "Easy Read"; the state is in aria-pressed, and "On" or "Off" on screen.
  const toggle = page.locator('main').getByRole('button', { name: 'Easy Read', exact: true });
  assert.match(await toggle.innerText(), /^Easy Read\s*Off$/);
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  assert.equal(await page.locator('#outcome .kmcn-easy-read-steps').count(), 0);
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  assert.match(await toggle.innerText(), /^Easy Read\s*On$/);
  // The switch in the summary shows the same choice.
  assert.equal(await page.locator('.kmcn-patient-summary button.kmcn-easy-read-switch').getAttribute('aria-pressed'), 'true');
  const shown = await assertPicturesShown(page, '#outcome', 'outcome');
  assert.equal(shown[0].id, 'form', 'a self-referral starts with its key action');
  assert.doesNotMatch(await page.locator('#outcome').innerText(), /How soon:/);
  assert.equal(await page.evaluate(() => localStorage.getItem('kmcn.easy-read')), 'on');
  await assertAccessible(page, 'outcome in Easy Read');

  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('#outcome').isVisible(), false);
  assert.ok(await page.locator('.kmcn-patient-summary .kmcn-easy-read-steps').isVisible());
  assert.equal(await page.locator('.kmcn-patient-summary button.kmcn-easy-read-switch').isVisible(), false);
  await page.emulateMedia({ media: 'screen' });

  // Remembered on this device: the tracker opens in Easy Read too.
  await site.goto(page, '/five-a-day');
  assert.equal(await page.locator('main button.kmcn-easy-read-switch').getAttribute('aria-pressed'), 'true');
  assert.equal((await pictures(page, 'main .kmcn-way-cards')).length, 5);
  await assertClean(page);
  await page.context().close();
});

test('the tracker in Easy Read: each of the five ways with its picture and a short prompt; off removes the choice', async () => {
  const page = await site.open('/five-a-day');
  assert.equal((await pictures(page, 'main .kmcn-way-cards')).length, 0);
  const toggle = page.locator('main button.kmcn-easy-read-switch');
  await toggle.click();
  const shown = await assertPicturesShown(page, 'main .kmcn-way-cards', 'tracker');
  assert.deepEqual(shown.map((picture) => picture.id), ['people', 'walk', 'notice', 'learn', 'give']);
  assert.equal(await page.locator('#way-connect-hint').innerText(), 'Spend time with someone, or talk to a friend.');
  // A picture is part of its checkbox's label, so the box still reads as its way.
  assert.equal(await page.getByRole('checkbox', { name: /^A group of people together\s*Connect$/ }).count(), 1);
  await assertAccessible(page, 'tracker in Easy Read');
  await toggle.click();
  assert.equal((await pictures(page, 'main .kmcn-way-cards')).length, 0);
  assert.equal(await page.evaluate(() => localStorage.getItem('kmcn.easy-read')), null);
  await assertClean(page);
  await page.context().close();
});

test('every Easy Read page starts each paragraph with a picture, and its standard page links to it', async () => {
  const page = await site.open('/guidance');
  const section = page.locator('xpath=//main//h2[normalize-space(.)="Easy Read"]/following-sibling::ul[1]');
  const links = await section.locator('a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
  assert.ok(links.length >= 14, `${links.length} Easy Read pages`);
  for (const href of links) {
    await site.goto(page, href);
    await page.locator('main .kmcn-easy-read').waitFor();
    assert.match(await page.locator('main h1').innerText(), /\(Easy Read\)$/);
    const unpictured = await page.locator('main .kmcn-easy-read > p').evaluateAll((paragraphs) =>
      paragraphs.filter((p) => !p.firstElementChild?.matches('img.kmcn-pictogram')).map((p) => p.textContent),
    );
    assert.deepEqual(unpictured, [], `${href}: paragraphs without a picture`);
    await assertPicturesShown(page, 'main .kmcn-easy-read', href);
    await assertAccessible(page, href);
  }
  await site.goto(page, '/guidance/common-cold');
  const card = page.locator('main .kmcn-easy-read-card a');
  assert.equal(await card.getAttribute('href'), '/guidance/common-cold-easy-read');
  await card.click();
  await page.locator('main h1', { hasText: 'Common cold (Easy Read)' }).waitFor();
  await assertClean(page);
  await page.context().close();
});
