// Drives one journey by keyboard, at a person's pace, in a visible Chromium for the Orca check
// (docs/accessibility-testing.md). Run by scripts/orca-check.sh, not by make test. Each step is
// logged with the time, to line up with what Orca's debug log says it spoke.
import { chromium } from 'playwright-core';
import { startServer } from '../tests/serve.mjs';

const server = await startServer('dist', 0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: false,
  args: ['--no-sandbox', '--force-renderer-accessibility', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
const step = (text) => console.log(`${new Date().toISOString()} STEP ${text}`);
const pause = (ms = 1500) => new Promise((done) => setTimeout(done, ms));
const focused = (selector) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

async function press(key, wait = 700) {
  await page.keyboard.press(key);
  await pause(wait);
}

async function tabTo(selector) {
  for (let presses = 0; presses < 80; presses += 1) {
    await press('Tab');
    if (await focused(selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Tab into the radios, arrow to the answer, select it, and Continue. */
async function answer(id) {
  await tabTo('main input[type="radio"]');
  for (let presses = 0; presses < 80 && !(await focused(`#${id}`)); presses += 1) await press('ArrowDown', 900);
  await press('Space', 1500);
  await tabTo('main button[type="submit"]');
  await press('Enter', 4000);
}

step('open /where-to-go');
await page.goto(`${origin}/where-to-go`);
await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
await pause(4000);
step('tick None of these, Continue');
await tabTo('#flag-none');
await press('Space', 1500);
await tabTo('main button[type="submit"]');
await press('Enter', 4000);
step('Continue with nothing chosen');
await tabTo('main button[type="submit"]');
await press('Enter', 4000);
step('choose Me');
await answer('choice-me');
step('choose 18 to 64');
await answer('choice-18-to-64');
step('type back in the list search');
await tabTo('#choice-filter');
await page.keyboard.type('back', { delay: 200 });
await pause(4000);
step('choose Back pain');
await answer('choice-back-pain');
for (let asked = 0; asked < 15 && (await page.locator('#outcome').count()) === 0; asked += 1) {
  const question = await page.locator('main h1').innerText();
  const id = /6 weeks or more/.test(question) ? 'choice-yes' : 'choice-no';
  step(`answer ${id} to: ${question}`);
  await answer(id);
}
step('outcome reached');
await pause(3000);
step('Tab to the Easy Read switch and press it');
await press('Tab', 1500);
await press('Space', 4000);
step('Tab on');
for (let presses = 0; presses < 4; presses += 1) await press('Tab', 1200);
step('done');
await browser.close();
server.close();
