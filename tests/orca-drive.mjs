// Temporary driver for the manual Orca check (not part of the suite).
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
const server = await startServer('dist', 0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: false, args: ['--no-sandbox', '--force-renderer-accessibility', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
const mark = (text) => console.log(`${new Date().toISOString()} STEP ${text}`);
const pause = (ms = 2500) => new Promise((r) => setTimeout(r, ms));
mark('open /where-to-go');
await page.goto(origin + '/where-to-go');
await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
await pause(4000);
const tab = async (n = 1) => { for (let i = 0; i < n; i++) { await page.keyboard.press('Tab'); await pause(1200); } };
async function tabTo(selector) { for (let i = 0; i < 80; i++) { await page.keyboard.press('Tab'); await pause(700); if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return; } throw new Error('never reached ' + selector); }
mark('tab to None of these'); await tabTo('#flag-none'); await page.keyboard.press('Space'); await pause();
mark('continue'); await tabTo('main button[type="submit"]'); await page.keyboard.press('Enter'); await pause(4000);
mark('continue without answer (error)'); await tabTo('main button[type="submit"]'); await page.keyboard.press('Enter'); await pause(4000);
mark('choose Me'); await tabTo('main input[type="radio"]'); await page.keyboard.press('Space'); await pause();
await tabTo('main button[type="submit"]'); await page.keyboard.press('Enter'); await pause(4000);
mark('age: arrow to 18 to 64'); await tabTo('main input[type="radio"]');
while (!(await page.evaluate(() => document.activeElement.id === 'choice-18-to-64'))) { await page.keyboard.press('ArrowDown'); await pause(900); }
await tabTo('main button[type="submit"]'); await page.keyboard.press('Enter'); await pause(4000);
mark('problem: type back in filter'); await tabTo('#choice-filter'); await page.keyboard.type('back', { delay: 200 }); await pause(4000);
mark('choose Back pain'); await tabTo('main input[type="radio"]');
while (!(await page.evaluate(() => document.activeElement.id === 'choice-back-pain'))) { await page.keyboard.press('ArrowDown'); await pause(900); }
await tabTo('main button[type="submit"]'); await page.keyboard.press('Enter'); await pause(4000);
for (let i = 0; i < 15 && !(await page.locator('#outcome').count()); i++) {
  const q = await page.locator('main h1').innerText();
  const answer = /6 weeks or more/.test(q) ? 'choice-yes' : 'choice-no';
  mark(`answer ${answer} to: ${q}`);
  await tabTo('main input[type="radio"]');
  while (!(await page.evaluate((a) => document.activeElement.id === a, answer))) { await page.keyboard.press('ArrowDown'); await pause(900); }
  await tabTo('main button[type="submit"]'); await page.keyboard.press('Enter'); await pause(4000);
}
mark('outcome reached'); await pause(3000);
mark('tab to Easy Read switch'); await tabTo('button.kmcn-easy-read-switch'); await page.keyboard.press('Space'); await pause(4000);
mark('read on with Tab'); await tab(4);
mark('done');
await browser.close(); server.close();
