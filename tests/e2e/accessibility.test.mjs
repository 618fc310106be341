// Beyond axe: every route at 200% and 400% zoom, with WCAG's text-spacing overrides, in forced
// colours (Windows high contrast) and with reduced motion; and what a screen reader is told as
// the journey moves on, read from the browser's accessibility tree.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ROUTES, assertAccessible, assertClean, click, focusedText, launch, noSignsForMe } from './support.mjs';

let site;
before(async () => {
  site = await launch();
});
after(() => site.close());

// A 1280 by 1024 screen zoomed to 200% and to 400% (WCAG 1.4.10 reflow asks for 320 CSS px).
const ZOOMS = [
  { zoom: '200%', viewport: { width: 640, height: 512 } },
  { zoom: '400%', viewport: { width: 320, height: 256 } },
];

// WCAG 1.4.12: text must survive these spacing overrides without loss of content.
const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

/** Wider than the window, so the reader must scroll sideways: the page, or any element in it
 * that is not a scrolling box of its own (WCAG allows those for tables). */
const sidewaysOverflow = (page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found = [];
    if (document.documentElement.scrollWidth > width) found.push(`the page is ${document.documentElement.scrollWidth}px wide`);
    for (const element of document.querySelectorAll('main *, header *, footer *')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || element.closest('.nhsuk-u-visually-hidden, .nhsuk-skip-link')) continue;
      const scrolls = (node) => node && ['auto', 'scroll'].includes(getComputedStyle(node).overflowX);
      if (box.right > width + 1 && !scrolls(element.parentElement) && !element.closest('table')) {
        found.push(`${element.tagName.toLowerCase()}.${element.className} ends at ${Math.round(box.right)}px`);
      }
    }
    return found.slice(0, 5);
  });

/** Text cut off by its box: an element that hides overflow and holds more than it shows. Text
 * kept for screen readers only (in a 1px box) is cut off on purpose. */
const clippedText = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        if (element.closest('.nhsuk-skip-link') || box.width <= 1 || box.height <= 1) return false;
        const style = getComputedStyle(element);
        const hides = [style.overflowX, style.overflowY].some((value) => value === 'hidden' || value === 'clip');
        return hides && element.textContent.trim() && (element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1);
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}: ${element.textContent.trim().slice(0, 40)}`),
  );

for (const route of ROUTES) {
  test(`${route.path} reflows at 200% and 400% zoom, also with text spacing overridden`, async () => {
    // The overrides are a user style sheet; the site's policy would refuse them from the page.
    const page = await site.open(route.path, { viewport: ZOOMS[0].viewport, bypassCSP: true });
    for (const { zoom, viewport } of ZOOMS) {
      await page.setViewportSize(viewport);
      assert.deepEqual(await sidewaysOverflow(page), [], `${route.path} at ${zoom}`);
    }
    await page.addStyleTag({ content: TEXT_SPACING });
    assert.deepEqual(await sidewaysOverflow(page), [], `${route.path} at 400% with text spacing`);
    assert.deepEqual(await clippedText(page), [], `${route.path}: text cut off with text spacing`);
    await page.context().close();
  });

  test(`${route.path} in forced colours keeps every control's edge and focus visible, and moves nothing with reduced motion`, async () => {
    const page = await site.open(route.path, { forcedColors: 'active', reducedMotion: 'reduce' });
    // Backgrounds and shadows are dropped in forced colours, so a button or field shows only if
    // it has a border (a file field, on its button), and focus only if it has an outline.
    const edgeless = await page.evaluate(() =>
      [...document.querySelectorAll('button, input:not([type="radio"]):not([type="checkbox"]), select, textarea')]
        .filter((control) => control.getClientRects().length > 0 && !control.closest('.nhsuk-u-visually-hidden'))
        .filter((control) => {
          const style = getComputedStyle(control, control.type === 'file' ? '::file-selector-button' : null);
          return ['Top', 'Right', 'Bottom', 'Left'].every((side) => style[`border${side}Style`] === 'none' || parseFloat(style[`border${side}Width`]) === 0);
        })
        .map((control) => control.outerHTML.slice(0, 80)),
    );
    assert.deepEqual(edgeless, [], `${route.path}: controls with no edge in forced colours`);
    const focusable = page.locator('main a[href]:visible, main button:visible').first();
    if ((await focusable.count()) > 0) {
      await focusable.focus();
      const outline = await focusable.evaluate((element) => {
        const style = getComputedStyle(element);
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      assert.ok(outline.style !== 'none' && outline.width >= 2, `${route.path}: focus outline ${JSON.stringify(outline)}`);
    }
    const moving = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .map((element) => [element, getComputedStyle(element)])
        .filter(([, style]) => {
          const longest = (list) => Math.max(...list.split(',').map((time) => parseFloat(time) * (time.trim().endsWith('ms') ? 0.001 : 1)));
          return (style.animationName !== 'none' && longest(style.animationDuration) > 0.01) || longest(style.transitionDuration) > 0.01 || style.scrollBehavior === 'smooth';
        })
        .map(([element]) => `${element.tagName.toLowerCase()}.${element.className}`),
    );
    assert.deepEqual(moving, [], `${route.path}: motion with prefers-reduced-motion`);
    await assertAccessible(page, `${route.path} in forced colours`);
    await page.context().close();
  });
}

/** The browser's accessibility tree, as a screen reader gets it. */
async function accessibilityTree(page) {
  const session = await page.context().newCDPSession(page);
  const { nodes } = await session.send('Accessibility.getFullAXTree');
  await session.detach();
  const property = (node, name) => node.properties?.find((p) => p.name === name)?.value.value;
  return nodes
    .filter((node) => !node.ignored)
    .map((node) => ({
      role: node.role?.value,
      // Read out with spaces collapsed, as screen readers do.
      name: (node.name?.value ?? '').replace(/\s+/g, ' ').trim(),
      focused: property(node, 'focused') === true,
      live: property(node, 'live'),
    }));
}

/** The focused element (the document reports focus too, so the innermost one). */
const focusedNode = async (page) => (await accessibilityTree(page)).filter((node) => node.focused).at(-1);

test('a screen reader is told of each new question, of an error, of the filter count and of the outcome', async () => {
  const page = await site.open('/where-to-go');
  await noSignsForMe(page);
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  assert.deepEqual(await focusedNode(page), { role: 'heading', name: 'How old are you?', focused: true, live: undefined });

  // Continue with nothing chosen: focus moves to an alert naming the problem, and the
  // question's group names the error.
  await page.locator('main button[type="submit"]').click();
  await page.locator('.nhsuk-error-summary').waitFor();
  await page.waitForFunction(() => document.activeElement?.matches('.nhsuk-error-summary'));
  assert.deepEqual(await focusedNode(page), { role: 'alert', name: 'There is a problem', focused: true, live: 'assertive' });
  const group = page.getByRole('group', { name: 'How old are you?' });
  assert.match(await group.evaluate((fieldset) => fieldset.getAttribute('aria-describedby') ?? ''), /question-error/);
  assert.equal(await page.locator('#question-error').textContent(), 'Error: Select an answer');

  await click(page, '18 to 64 years');
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  assert.equal((await focusedNode(page)).name, 'What is your main problem?');
  // Typing in the problem filter is answered by a polite status with the count.
  const total = await page.locator('main .nhsuk-radios__item').count();
  await page.locator('#choice-filter').fill('back');
  await page.waitForFunction((all) => document.querySelectorAll('main .nhsuk-radios__item:not([hidden])').length < all, total);
  assert.match(await page.locator('#choice-filter-count').innerText(), new RegExp(`^Showing \\d+ of ${total}$`));
  assert.ok((await accessibilityTree(page)).some((node) => node.role === 'status' && node.live === 'polite'), 'the count is a polite live region');

  await click(page, 'Back pain');
  for (let asked = 0; asked < 20 && (await page.locator('#outcome').count()) === 0; asked += 1) {
    const question = await page.locator('main h1').innerText();
    // Each question gets a heading of its own: Orca read a reused heading by its old text.
    await page.locator('main h1').evaluate((h1) => { h1.dataset.asked = 'yes'; });
    await click(page, /6 weeks or more/.test(question) ? 'Yes' : 'No');
    assert.equal(await page.locator('main h1[data-asked]').count(), 0, `the heading after "${question}" is the old one rewritten`);
    await page.waitForFunction((previous) => document.querySelector('#outcome') || document.querySelector('main h1')?.textContent.trim() !== previous, question);
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    const focused = await focusedNode(page);
    assert.equal(focused.role, 'heading');
    assert.equal(focused.name, (await page.locator('main h1').textContent()).replace(/\s+/g, ' ').trim());
  }
  // The outcome heading is read with its urgency first.
  assert.deepEqual(await focusedNode(page), { role: 'heading', name: 'Non-urgent advice: Get help from a physiotherapist', focused: true, live: undefined });
  // The first Tab from the heading reaches the Easy Read switch.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-pressed')), 'false');
  assert.match(await focusedText(page), /^Easy Read\s*Off$/);
  await assertClean(page);
  await page.context().close();
});
