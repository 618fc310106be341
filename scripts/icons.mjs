// Draws the app icons from public/icons/icon.svg with Chromium: 192 and 512 pixel PNGs, and a
// 512 pixel "maskable" one with the cross kept inside the safe zone. Run after changing the SVG:
//   node scripts/icons.mjs
// The PNGs are committed, so a build never needs this.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const dir = resolve(import.meta.dirname, '../public/icons');
const svg = readFileSync(resolve(dir, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const [name, size, scale] of [['icon-192.png', 192, 1], ['icon-512.png', 512, 1], ['icon-maskable-512.png', 512, 0.7]]) {
  await page.setViewportSize({ width: size, height: size });
  // The maskable icon fills the square with blue and shrinks the cross into the middle 70%.
  await page.setContent(`<body style="margin:0;background:#005eb8;display:grid;place-items:center;height:${size}px">
    <div style="width:${size * scale}px;height:${size * scale}px">${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div></body>`);
  await page.screenshot({ path: resolve(dir, name) });
}
await browser.close();
