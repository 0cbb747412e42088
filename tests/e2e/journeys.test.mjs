// Families going through the web checker with the keyboard alone, as the offer's
// case studies describe them, and the browser's own back, forward and reload.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { asParent, beginCheck, heading, launch, open, ready, repo, startServer, tabTo } from './harness.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

// Answers the question on screen with the keyboard: radios by arrow keys,
// checkboxes by Space, dates by typing; then Continue.
async function answer(page, value) {
  const before = await page.evaluate(() => location.hash);
  const kind = await page.getAttribute('form[data-question]', 'data-kind');
  if (kind === 'date') {
    const [y, m, d] = value.split('-');
    await tabTo(page, 'input[name=day]');
    await page.keyboard.type(String(Number(d)));
    await page.keyboard.press('Tab');
    await page.keyboard.type(String(Number(m)));
    await page.keyboard.press('Tab');
    await page.keyboard.type(y);
  } else if (kind === 'place' && /^[A-Z]+[0-9]/.test(value)) {
    await tabTo(page, 'input[name=postcode]');
    await page.keyboard.type(value);
  } else if (kind === 'multi') {
    for (const v of value) {
      await tabTo(page, `input[value="${v}"]`);
      await page.keyboard.press('Space');
    }
  } else {
    await tabTo(page, 'input[type=radio]');
    const values = await page.$$eval('input[type=radio]', (all) => all.map((i) => i.value));
    await page.keyboard.press('Space');
    for (let i = 0; i < values.indexOf(value); i++) await page.keyboard.press('ArrowDown');
  }
  await tabTo(page, 'button[type=submit]');
  await page.keyboard.press('Enter');
  await page.waitForFunction((h) => location.hash !== h || document.querySelector('.sp-error-summary'), before);
  assert.equal(await page.$('.sp-error-summary'), null, 'the answer was accepted');
  // The next page is drawn once focus lands on its heading (a stuck focus times out, and fails).
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1', null, { timeout: 5000 });
}

async function journey(page, answers) {
  const family = { who: 'parent', ...answers };
  await tabTo(page, 'a.sp-button--start');
  await page.keyboard.press('Enter');
  // The first question renders after the hash changes: wait for it, not for luck.
  await page.waitForSelector('form[data-question]');
  for (let i = 0; i < 15; i++) {
    const form = await page.$('form[data-question]');
    if (!form) break;
    const question = await form.getAttribute('data-question');
    assert.ok(question in family, `the check asked "${question}", which this family was not expected to be asked`);
    await answer(page, family[question]);
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1', 'focus moves to the new page heading');
  }
  assert.equal(await heading(page), 'Check your answers');
  await tabTo(page, 'a[data-event=confirm]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Your results');
}

// The status of each route on the result page.
async function statuses(page) {
  return page.$$eval('section.sp-card', (cards) => Object.fromEntries(cards.map((c) => [c.getAttribute('aria-labelledby').slice(6), c.className.split('sp-card--')[1]])));
}

test('Mo gets the summer direct payment card, by keyboard alone', async () => {
  const page = await open(browser, server.url);
  await ready(page);
  await journey(page, { lives_in_area: 'yes', date_of_birth: '2017-05-14', disability: 'yes', dla_care: 'high', ehcp: 'yes', support_needs: ['holiday-activities'],
    postcode_district: 'charnwood', access_needs: ['none'], break_times: ['weekends', 'school-holidays'] });
  const s = await statuses(page);
  assert.equal(s['summer-dp-card'], 'eligible');
  assert.equal(s['self-assessed-dp'], 'eligible');
  assert.equal(s.universal, 'eligible');
  assert.deepEqual(page.problems, []);
});

// A girl of 12 with high-rate DLA care and no EHCP, living in Loughborough.
const noPlan = { lives_in_area: 'yes', date_of_birth: '2014-07-19', disability: 'yes', dla_care: 'high', ehcp: 'no',
  support_needs: ['community-activities'], postcode_district: 'LE11', access_needs: ['none'], break_times: ['any'] };

test('a child without an EHCP does not meet the gate, and the family is shown how to ask for an assessment, by keyboard alone', async () => {
  const page = await open(browser, server.url);
  await ready(page);
  await journey(page, { ...noPlan, postcode_district: 'LE11 3AB' });
  const s = await statuses(page);
  assert.equal(s['summer-dp-card'], 'not-eligible');
  assert.equal(s['worker-assessed-dp'], 'assessment');
  // Who assesses is folded under the card's "What it is, and why", opened from the keyboard.
  const card = page.locator('section[aria-labelledby="route-worker-assessed-dp"]');
  assert.doesNotMatch(await card.innerText(), /Who does the assessment/);
  await tabTo(page, 'section[aria-labelledby="route-worker-assessed-dp"] summary');
  await page.keyboard.press('Enter');
  assert.match(await card.innerText(), /Who does the assessment\s+SEND Family Support Worker/);
  assert.deepEqual(page.problems, []);
});

// Melody, from the Leicestershire case studies: her EHCP is under way.
test('Melody, whose EHCP is under way, is told "not yet" and what to wait for, and can ask for an assessment meanwhile', async () => {
  const page = await open(browser, server.url);
  await ready(page);
  await journey(page, { ...noPlan, ehcp: 'assessment' });
  const s = await statuses(page);
  assert.equal(s['summer-dp-card'], 'not-yet');
  assert.equal(s['worker-assessed-dp'], 'assessment');
  const card = page.locator('section[aria-labelledby="route-summer-dp-card"]');
  assert.match(await card.innerText(), /Not yet[\s\S]*When the plan comes, or a letter saying one will be issued, you can ask for this\./);
  const todo = await page.locator('.sp-todo').innerText();
  assert.match(todo, /Wait for the letter[\s\S]*Ask for an assessment/);
  assert.deepEqual(page.problems, []);
});

test('back, forward and reload keep the family where they were, with their answers', async () => {
  const page = await open(browser, server.url);
  await ready(page);
  await beginCheck(page, '2017-05-14');

  await page.goBack();
  await page.waitForFunction(() => document.querySelector('form[data-question=date_of_birth]'));
  assert.equal(await page.inputValue('input[name=year]'), '2017');
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('form[data-question=lives_in_area]'));
  assert.equal(await page.isChecked('input[value=yes]'), true);
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('form[data-question=who]'));
  assert.equal(await page.isChecked('input[value=parent]'), true);
  await page.goForward();
  await page.goForward();
  await page.goForward();
  await page.waitForFunction(() => document.querySelector('form[data-question=disability]'));
  await page.reload();
  await ready(page);
  assert.equal(await heading(page), 'Does your child have a disability?');
  // The back link goes back through the questions too.
  await page.click('a.sp-back-link');
  await page.waitForFunction(() => document.querySelector('form[data-question=date_of_birth]'));
  assert.deepEqual(page.problems, []);
});

test('an empty answer shows the error summary, focused, and Error: in the title', async () => {
  const page = await open(browser, server.url);
  await ready(page);
  await page.click('a.sp-button--start');
  await asParent(page);
  await page.click('button[type=submit]');
  await page.waitForSelector('.sp-error-summary');
  assert.match(await page.title(), /^Error: Does your child live in Leicestershire\?/);
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('sp-error-summary')), true);
  // The summary's link takes focus to the field, without losing the place.
  const hash = await page.evaluate(() => location.hash);
  await page.click('.sp-error-summary a');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'lives_in_area');
  assert.equal(await page.evaluate(() => location.hash), hash);
  assert.deepEqual(page.problems, []);
});

test('Wakefield is served from the same page with ?offer=wakefield', async () => {
  const page = await open(browser, server.url + '?offer=wakefield');
  await ready(page);
  assert.match(await page.title(), /Wakefield/);
  await page.click('a.sp-button--start');
  await asParent(page);
  assert.match(await heading(page), /Wakefield/);
  assert.deepEqual(page.problems, []);
});

test('a family on a phone completes the check by touch', async () => {
  const page = await open(browser, server.url, { viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });
  await ready(page);
  await page.tap('a.sp-button--start');
  const answers = { who: 'parent', lives_in_area: 'yes', disability: 'yes', dla_care: 'high', ehcp: 'yes' };
  for (let i = 0; i < 15; i++) {
    const form = await page.waitForSelector('form[data-question], a[data-event=confirm]');
    const question = await form.getAttribute('data-question');
    if (!question) break;
    if (question === 'date_of_birth') {
      await page.tap('input[name=day]');
      await page.keyboard.type('14');
      await page.tap('input[name=month]');
      await page.keyboard.type('5');
      await page.tap('input[name=year]');
      await page.keyboard.type('2017');
    } else if (question === 'support_needs') {
      await page.tap('label[for="support_needs-holiday-activities"]');
    } else if (question === 'postcode_district') {
      await page.tap('input[name=postcode]');
      await page.keyboard.type('le13');
    } else if (question === 'access_needs') {
      await page.tap('input[value=wheelchair] + label');
    } else if (question === 'break_times') {
      await page.tap('label[for="break_times-any"]');
    } else {
      await page.tap(`input[value="${answers[question]}"] + label`);
    }
    const before = await page.evaluate(() => location.hash);
    await page.tap('button[type=submit]');
    await page.waitForFunction((h) => location.hash !== h, before);
  }
  await page.tap('a[data-event=confirm]');
  await page.waitForSelector('section[aria-labelledby="route-summer-dp-card"].sp-card--eligible');
  assert.deepEqual(page.problems, []);
});

test('the result lists the real services that suit the family, with a search, and never an invented one', async () => {
  const page = await open(browser, server.url);
  await ready(page);
  // Jack, from the Leicestershire case studies: he wants time with other children.
  await journey(page, { lives_in_area: 'yes', date_of_birth: '2018-02-10', disability: 'yes', dla_care: 'high', ehcp: 'yes',
    support_needs: ['time-with-peers'], postcode_district: 'LE16', access_needs: ['none'], break_times: ['any'] });
  const cards = page.locator('section.sp-card--service');
  const titles = await cards.locator('h3').allInnerTexts();
  assert.ok(titles.length >= 3, `services listed: ${titles.join(', ')}`);
  assert.ok(titles.includes('FTM Dance'), 'an approved provider of the council\'s is listed');
  assert.equal(await page.locator('.sp-card--demo').count(), 0, 'no invented example is shown to a family');
  assert.ok(titles.every((t) => !t.startsWith('Example')), 'no invented example is shown to a family');
  // Search ignores case and accents.
  await page.fill('#service-search', 'DÁNCE');
  await page.click('form[data-search] button[type=submit]');
  await page.waitForFunction(() => document.querySelectorAll('section.sp-card--service').length === 1);
  assert.equal(await page.locator('section.sp-card--service h3').innerText(), 'FTM Dance');
  assert.equal(await page.inputValue('#service-search'), 'DÁNCE');
  // Kept for people to look at: build/screenshots/result-services.png.
  mkdirSync(join(repo, 'build', 'screenshots'), { recursive: true });
  await page.screenshot({ path: join(repo, 'build', 'screenshots', 'result-services.png'), fullPage: true });
  assert.deepEqual(page.problems, []);
});

test('a postcode the offer does not cover is refused with a clear message, and an area can be picked instead', async () => {
  const page = await open(browser, server.url);
  await ready(page);
  await journeyTo(page, 'postcode_district');
  await page.fill('input[name=postcode]', 'SW1A 1AA');
  await page.click('button[type=submit]');
  await page.waitForSelector('.sp-error-summary');
  assert.match(await page.locator('.sp-error-summary').innerText(), /SW1A is not on our map/);
  await page.fill('input[name=postcode]', '');
  await page.check('input[value=melton]');
  await page.click('button[type=submit]');
  await page.waitForSelector('form[data-question=access_needs]');
  assert.doesNotMatch(await page.evaluate(() => location.hash), /SW1A|1AA/, 'nothing of the refused postcode is kept');
  assert.deepEqual(page.problems, []);
});

// Answers by mouse until the question `id` is on screen.
async function journeyTo(page, id) {
  const answers = { who: 'parent', lives_in_area: 'yes', disability: 'yes', dla_care: 'high', ehcp: 'yes', support_needs: 'community-activities' };
  await page.click('a.sp-button--start');
  for (let i = 0; i < 10; i++) {
    const form = await page.waitForSelector('form[data-question]');
    const question = await form.getAttribute('data-question');
    if (question === id) return;
    if (question === 'date_of_birth') {
      await page.fill('input[name=day]', '14');
      await page.fill('input[name=month]', '5');
      await page.fill('input[name=year]', '2014');
    } else {
      await page.check(`input[value="${answers[question]}"]`);
    }
    const before = await page.evaluate(() => location.hash);
    await page.click('button[type=submit]');
    await page.waitForFunction((h) => location.hash !== h, before);
  }
}
