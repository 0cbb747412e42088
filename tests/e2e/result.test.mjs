// The result as a parent meets it on a phone: what to do now near the top, the
// whole page short, everything else folded; the request for an assessment,
// ready to print in the family's language and in English; and the answers
// code, carried from the web to a kiosk and back.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axe, launch, open, pickLanguage, ready, repo, startServer } from './harness.mjs';
import { KioskHarness, codeLines } from '../kiosk/kiosk_harness.mjs';

const phone = { viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true };
const mo = { who: 'parent', lives_in_area: 'yes', date_of_birth: '2017-05-14', disability: 'yes', dla_care: 'high', ehcp: 'yes',
  support_needs: ['holiday-activities'], postcode_district: 'LE11', access_needs: ['none'], break_times: ['weekends', 'school-holidays'] };

let server;
let browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

// Answers every question with the mouse, then confirms, and waits for the result.
async function answerAll(page, answers) {
  await page.click('a.sp-button--start');
  for (let i = 0; i < 15; i++) {
    const form = await page.waitForSelector('form[data-question], a[data-event=confirm]');
    const question = await form.getAttribute('data-question');
    if (!question) break;
    const value = answers[question];
    if (question === 'date_of_birth') {
      const [y, m, d] = value.split('-');
      await page.fill('input[name=day]', d);
      await page.fill('input[name=month]', m);
      await page.fill('input[name=year]', y);
    } else if (question === 'postcode_district') {
      await page.fill('input[name=postcode]', value);
    } else {
      for (const v of [].concat(value)) await page.check(`input[value="${v}"]`);
    }
    const before = await page.evaluate(() => location.hash);
    await page.click('button[type=submit]');
    await page.waitForFunction((h) => location.hash !== h, before);
  }
  await page.click('a[data-event=confirm]');
  await page.waitForSelector('.sp-code__value');
}

async function statuses(page) {
  return page.$$eval('section.sp-card', (cards) => Object.fromEntries(cards.map((c) => [c.getAttribute('aria-labelledby').slice(6), c.className.split('sp-card--')[1]])));
}

test('on a 375 by 667 phone, what to do now is within 1.5 screens and the whole result within 4, and axe finds nothing', async () => {
  const page = await open(browser, server.url, phone);
  await ready(page);
  await answerAll(page, mo);
  const figures = await page.evaluate(() => ({
    screen: innerHeight,
    actions: [...document.querySelectorAll('.sp-todo__item')].map((e) => Math.round(e.getBoundingClientRect().bottom + scrollY)),
    page: document.documentElement.scrollHeight,
    folds: [...document.querySelectorAll('details')].filter((d) => !d.open).length,
  }));
  const screens = (px) => (px / figures.screen).toFixed(2);
  console.log(`phone ${figures.screen}px high: "What to do now" actions end at ${figures.actions.map((px) => `${px}px (${screens(px)} screens)`).join(', ')}; ` +
    `whole result ${figures.page}px (${screens(figures.page)} screens), ${figures.folds} parts folded`);
  assert.ok(figures.actions.length >= 1 && figures.actions.length <= 3);
  for (const bottom of figures.actions) assert.ok(bottom <= 1.5 * figures.screen, `an action ends at ${screens(bottom)} screens`);
  assert.ok(figures.page <= 4 * figures.screen, `the result is ${screens(figures.page)} screens long`);
  // The first action is a real one: First Response's published number, as a tel: link.
  assert.equal(await page.getAttribute('.sp-todo__item a[href^="tel:"]', 'href'), 'tel:01163050005');
  mkdirSync(join(repo, 'build', 'screenshots'), { recursive: true });
  await page.screenshot({ path: join(repo, 'build', 'screenshots', 'result-phone.png'), fullPage: true });
  assert.deepEqual(await axe(page), [], 'the result, folded');
  await page.$$eval('details', (all) => all.forEach((d) => { d.open = true; }));
  assert.deepEqual(await axe(page), [], 'the result, every part open');
  assert.deepEqual(page.problems, []);
});

test('the request for an assessment: the family ticks what goes in, and prints letters in its language and in English', async () => {
  const page = await open(browser, server.url);
  await ready(page);
  await answerAll(page, mo);
  // In Polish: the family reads Polish; the council gets an English copy too.
  await pickLanguage(page, 'pl');
  await page.waitForFunction(() => document.documentElement.lang === 'pl');
  // "Your request, ready to send" opens the folded request.
  await page.click('.sp-todo a[href="#request"]');
  assert.equal(await page.locator('#request').isVisible(), true);
  const boxes = page.locator('#request input[type=checkbox]');
  assert.ok(await boxes.count() >= 8, 'every answer can be put in, or left out');
  await page.uncheck('#request-date_of_birth');
  await page.evaluate(() => { window.print = () => { window.printed = document.querySelector('.sp-letters-print')?.innerText; }; });
  await page.click('[data-tool=print-letter]');
  const printed = await page.evaluate(() => window.printed);
  assert.ok(printed, 'the letters were put up for printing');
  assert.match(printed, /Prośba o ocenę/i);
  assert.match(printed, /Request for a short breaks assessment[\s\S]*To: First Response, Leicestershire County Council/);
  assert.match(printed, /Education, Health and Care Plan|EHCP/);
  assert.doesNotMatch(printed, /2017/, 'an answer the family left out is in neither letter');
  // The printed page holds the letters only.
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => {
    const sheet = document.createElement('div');
    sheet.className = 'sp-letters-print';
    document.querySelectorAll('.sp-letter').forEach((l) => sheet.appendChild(l.cloneNode(true)));
    document.body.appendChild(sheet);
    document.documentElement.classList.add('sp-printing-letter');
  });
  assert.equal(await page.locator('h1').first().isVisible(), false);
  assert.equal(await page.locator('.sp-letters-print .sp-letter').first().isVisible(), true);
  assert.deepEqual(page.problems, []);
});

test('an answers code carries the family from the web to a kiosk and back, to the same result', async () => {
  const page = await open(browser, server.url);
  await ready(page);
  await answerAll(page, mo);
  const webStatuses = await statuses(page);
  const code = (await page.locator('.sp-code__value').innerText()).trim();
  assert.match(code, /^[0-9A-HJKMNP-TV-Z-]{10,20}$/);
  console.log(`answers code for Mo: ${code}`);

  // On a kiosk: "I have a code", the code, and the same result with the same code.
  const kiosk = new KioskHarness();
  await kiosk.start();
  try {
    const words = JSON.parse(readFileSync(join(repo, 'i18n/en-GB/common.json'), 'utf8')).messages;
    const say = (key) => words[key];
    const lines = ['locale en-GB', ...codeLines(say, code), `expect ${say('result.heading')}`, `expect ${say('result.todo.heading')}`,
      `expect ${code}`, 'screenshot web-code-on-kiosk'];
    const run = await kiosk.run('web-code', lines);
    assert.equal(run.code, 0, run.stderr);
  } finally {
    kiosk.stop();
  }

  // Back on the web, in a new tab with nothing remembered: the code the kiosk showed.
  const again = await open(browser, server.url);
  await ready(again);
  await again.click('a[data-event=code]');
  await again.waitForSelector('form[data-code-entry]');
  assert.deepEqual(await axe(again), [], 'the code box');
  await again.fill('#code', 'NOT-A-CODE');
  await again.click('form[data-code-entry] button[type=submit]');
  await again.waitForSelector('.sp-error-summary');
  assert.match(await again.title(), /^Error:/);
  assert.deepEqual(await axe(again), [], 'the code box with an error');
  await again.fill('#code', code.toLowerCase());
  await again.click('form[data-code-entry] button[type=submit]');
  await again.waitForSelector('.sp-code__value');
  assert.deepEqual(await statuses(again), webStatuses);
  assert.equal((await again.locator('.sp-code__value').innerText()).trim(), code);
  assert.deepEqual(page.problems, []);
  assert.deepEqual(again.problems, []);
});
