// The stylesheet is trimmed at publishing to the classes the build uses (core/src/site/
// stylesheet.rs), and the whole one is kept beside it (shell.css). Every element of every page,
// and of the views' states that bring in classes of their own (errors, outcomes, Easy Read, the
// tracker with ticks, filters, care navigation, print), must be styled the same by either.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ROUTES, answerUntilOutcome, click, launch, noSignsForMe, openEveryCard } from './support.mjs';

let site;
before(async () => {
  site = await launch();
});
after(() => site.close());

const continueButton = (page) => page.locator('main button', { hasText: 'Continue' });
const easyReadSwitch = (page) => page.locator('main').getByRole('button', { name: 'Easy Read', exact: true });

async function backPainOutcome(page) {
  await noSignsForMe(page);
  await click(page, '18 to 64 years');
  await click(page, 'Back pain');
  await answerUntilOutcome(page, [[/6 weeks or more/, 'Yes']]);
}

const STATES = [
  ...ROUTES.map((route) => ({ name: route.path, path: route.path })),
  {
    name: 'the emergency signs with an error',
    path: '/where-to-go',
    act: async (page) => {
      await continueButton(page).click();
      // The summary takes focus in a frame after it is drawn: record the styles after that,
      // not once with the button focused and once with the summary.
      await page.waitForFunction(() => document.activeElement?.matches('main .nhsuk-error-summary'));
    },
  },
  {
    name: 'a 999 outcome',
    path: '/where-to-go',
    act: async (page) => {
      await page.locator('label[for="flag-bleeding"]').click();
      await continueButton(page).click();
      await page.locator('#outcome').waitFor();
    },
  },
  {
    name: 'a choice narrowed by typing',
    path: '/where-to-go',
    act: async (page) => {
      await noSignsForMe(page);
      await click(page, '18 to 64 years');
      await page.locator('main input[type="search"], main input[type="text"]').first().fill('back');
    },
  },
  { name: 'an outcome', path: '/where-to-go', act: backPainOutcome },
  {
    name: 'an outcome in Easy Read',
    path: '/where-to-go',
    act: async (page) => {
      await backPainOutcome(page);
      await easyReadSwitch(page).click();
    },
  },
  { name: 'an outcome printed', path: '/where-to-go', act: backPainOutcome, print: true },
  {
    name: 'the tracker with ticks and a note open',
    path: '/five-a-day',
    act: async (page) => {
      await page.locator('label[for="way-give"]').click();
      await page.locator('label[for="way-connect"]').click();
      await page.locator('.kmcn-way-card', { hasText: 'Connect' }).locator('summary', { hasText: 'Add a note' }).click();
    },
  },
  {
    name: 'the tracker looking back at ticked days',
    path: '/five-a-day',
    act: async (page) => {
      await page.locator('label[for="way-give"]').click();
      await site.goto(page, '/five-a-day/history');
    },
  },
  {
    name: 'services filtered, open now, nearest to a postcode',
    path: '/services',
    act: async (page) => {
      await page.locator('#filter-kind').selectOption({ index: 1 });
      await page.locator('label[for="filter-open"]').click();
      await page.locator('#postcode').fill('ME12 1AA');
      await page.locator('main button', { hasText: 'Show nearest first' }).click();
    },
  },
  {
    name: 'a postcode outside the area',
    path: '/services',
    act: async (page) => {
      await page.locator('#postcode').fill('SW1A 1AA');
      await page.locator('main button', { hasText: 'Show nearest first' }).click();
      await page.locator('#postcode-error').waitFor();
    },
  },
  {
    name: 'care navigation: a reason found, then the outcome with its script',
    path: '/practice-staff',
    act: async (page) => {
      await page.locator('#reason').fill('back');
      await page.locator('label[for="reason-back-pain"]').click();
      await continueButton(page).click();
      await click(page, 'None of these');
      await page.locator('main h1').first().waitFor();
      await answerUntilOutcome(page, [[/6 weeks or more/, 'Yes'], [/old/, '18 to 64 years']]);
    },
  },
  {
    name: 'the Easy Read cards open',
    path: '/practice-staff/easy-read',
    act: openEveryCard,
  },
  { name: 'the quick reference printed', path: '/practice-staff/quick-reference', print: true },
];

/** Swaps the page's trimmed stylesheet for the whole one, and waits until it applies. */
const useWholeStylesheet = (page) =>
  page.evaluate(
    () =>
      new Promise((done, fail) => {
        const trimmed = document.querySelector('link[rel="stylesheet"][href^="/main-"]');
        const whole = document.createElement('link');
        whole.rel = 'stylesheet';
        whole.href = '/shell.css';
        whole.onload = () => {
          trimmed.remove();
          requestAnimationFrame(() => requestAnimationFrame(done));
        };
        whole.onerror = () => fail(new Error('the whole stylesheet did not load'));
        trimmed.after(whole);
      }),
  );

/** Every computed style of every element in the body, and of its ::before and ::after where
 * they draw something: what the stylesheet decides. Kept in the page, to compare there. */
const recordStyles = (page, name) =>
  page.evaluate((name) => {
    const describe = (element, pseudo) => {
      const style = getComputedStyle(element, pseudo);
      if (pseudo && style.content === 'none') return null;
      const values = [...style].map((property) => `${property}: ${style.getPropertyValue(property)}`).join('; ');
      return `${element.tagName.toLowerCase()}#${element.id}.${[...element.classList].join('.')}${pseudo ?? ''} { ${values} }`;
    };
    window.recordedStyles ??= {};
    window.recordedStyles[name] = [...document.body.querySelectorAll('*')].flatMap((element) =>
      [null, '::before', '::after'].map((pseudo) => describe(element, pseudo)).filter(Boolean),
    );
  }, name);

/** The recorded styles that differ between the two records, at most a few. */
const differences = (page) =>
  page.evaluate(() => {
    const { trimmed, whole } = window.recordedStyles;
    if (trimmed.length !== whole.length) return [`${trimmed.length} styled elements, then ${whole.length}`];
    return trimmed.flatMap((style, index) => (style === whole[index] ? [] : [`${style}\n  became\n${whole[index]}`])).slice(0, 3);
  });

// One width: the app sets no class by width, so what is used at one width is used at all, and
// a rule dropped for any width would leave an element here styled differently.
test('every page and view is styled the same by the trimmed stylesheet as by the whole one', async () => {
  for (const state of STATES) {
    const page = await site.open(state.path, { viewport: { width: 390, height: 800 } });
    assert.equal(await page.locator('link[rel="stylesheet"][href^="/main-"]').count(), 1, `${state.name}: the trimmed stylesheet is linked`);
    if (state.act) await state.act(page);
    if (state.print) await page.emulateMedia({ media: 'print' });
    await recordStyles(page, 'trimmed');
    await useWholeStylesheet(page);
    await recordStyles(page, 'whole');
    assert.deepEqual(await differences(page), [], `${state.name} is styled differently by the whole stylesheet`);
    await page.context().close();
  }
});
