// Languages in the browser: the checker starts in the browser's preferred
// language, says when a translation is a machine draft, keeps every answer when
// the language changes, runs right to left in Urdu and Arabic, and passes axe on
// every screen type in every language. The pseudo-locales catch layouts that
// break with longer or right-to-left text.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axe, beginCheck, everyScreen, launch, open, pickLanguage, ready, repo, startServer } from './harness.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const at = (state) => '#' + encodeURIComponent(JSON.stringify(state));

test('the checker starts in the browser\'s preferred language, and says the words are a machine draft', async () => {
  const page = await open(browser, server.url, { locale: 'pl-PL' });
  await ready(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'pl');
  assert.equal(await page.locator('.sp-languages__link[aria-current=true]').textContent(), 'Polski');
  assert.match(await page.locator('.sp-languages__summary').innerText(), /Polski/, 'the folded control names the language in use');
  assert.ok(await page.locator('.sp-draft').isVisible(), 'the machine-draft notice shows');
  // The notice's link goes back to English.
  await page.click('.sp-draft a');
  await page.waitForFunction(() => document.documentElement.lang === 'en-GB');
  assert.equal(await page.locator('.sp-draft').count(), 0);
  assert.deepEqual(page.problems, []);
});

test('changing language mid-check keeps every answer and the place', async () => {
  const page = await open(browser, server.url);
  await ready(page);
  await beginCheck(page, '2017-05-14');
  await pickLanguage(page, 'ur');
  await page.waitForFunction(() => document.documentElement.lang === 'ur');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.equal(await page.getAttribute('form[data-question]', 'data-question'), 'disability');
  await page.click('a.sp-back-link');
  await page.waitForSelector('input[name=year]');
  assert.equal(await page.inputValue('input[name=year]'), '2017');
  assert.deepEqual(page.problems, []);
});

// Every language the checker has (each folder of i18n/), English aside: the other tests walk English.
const languages = readdirSync(join(repo, 'i18n')).filter((l) => l !== 'en-GB').sort();
for (const locale of languages) {
  test(`axe finds no WCAG 2.2 A or AA violation on any screen type in ${locale}`, async () => {
    const page = await open(browser, server.url + at({ s: 'start', l: locale }));
    await ready(page);
    assert.equal(await page.getAttribute('html', 'lang'), locale);
    assert.equal(await page.getAttribute('html', 'dir'), locale === 'ur' || locale === 'ar' ? 'rtl' : 'ltr');
    await everyScreen(page, async (p, name) => assert.deepEqual(await axe(p), [], `${locale}: ${name}`));
    assert.deepEqual(page.problems, []);
  });
}

// Easy read in every language: axe on every screen type, each picture described
// in the language, and the young person spoken to as "you" (Mia, 16, checking
// for herself), her result passing axe too.
const altsIn = (locale) => new Set(Object.values(JSON.parse(readFileSync(join(repo, 'easyread', locale, 'pictures.json'), 'utf8')).alt));
const mia = JSON.parse(readFileSync(join(repo, 'tests/cases/mia-herself.json'), 'utf8'));
for (const locale of languages) {
  test(`easy read in ${locale}: axe finds nothing on any screen type, pictures are described in ${locale}, and a young person reads "you"`, async () => {
    const page = await open(browser, server.url + at({ s: 'start', l: locale, e: 1 }));
    await ready(page);
    await page.waitForSelector('.sp-easy-read .sp-idea');
    let pictures = 0;
    const described = altsIn(locale);
    await everyScreen(page, async (p, name) => {
      assert.deepEqual(await axe(p), [], `${locale} easy read: ${name}`);
      const alts = await p.$$eval('.sp-idea__picture', (all) => all.map((i) => i.alt));
      pictures += alts.length;
      for (const alt of alts) assert.ok(described.has(alt), `${locale} easy read, ${name}: the picture's text "${alt}" is not from easyread/${locale}/pictures.json`);
    });
    assert.ok(pictures > 10, `${locale}: ${pictures} pictures in a whole easy read check`);
    const question = async (who) => {
      await page.goto(server.url + at({ s: 'question', q: 'lives_in_area', l: locale, e: 1, a: { who } }));
      await ready(page);
      await page.waitForSelector('form[data-question=lives_in_area]');
      return page.locator('h1').innerText();
    };
    assert.notEqual(await question('young-person'), await question('parent'), `${locale}: the young person's question is their own`);
    await page.goto(server.url + at({ s: 'result', l: locale, e: 1, a: mia }));
    await ready(page);
    await page.waitForSelector('a[data-event=restart]');
    assert.deepEqual(await axe(page), [], `${locale} easy read: the young person's result`);
    assert.deepEqual(page.problems, []);
  });
}

test('pseudo-locales: longer text (en-XA) and right to left (ar-XB) never scroll sideways at 320 pixels', async () => {
  for (const locale of ['en-XA', 'ar-XB']) {
    const page = await open(browser, server.url + at({ s: 'start', l: locale }), { viewport: { width: 320, height: 480 } });
    await ready(page);
    assert.equal(await page.getAttribute('html', 'dir'), locale === 'ar-XB' ? 'rtl' : 'ltr');
    await everyScreen(page, async (p, name) => {
      const [scroll, client] = await p.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      assert.ok(scroll <= client, `${locale} ${name}: ${scroll}px of content in ${client}px`);
      if (locale === 'ar-XB') assert.deepEqual(await axe(p), [], `${locale}: ${name}`);
    });
    assert.deepEqual(page.problems, []);
  }
});

test('easy read: a switch on every screen; each sentence beside its picture, at 19px or more; axe finds nothing', async () => {
  const page = await open(browser, server.url);
  await ready(page);
  const easyReadFetched = () => page.requests.filter((r) => r.url.includes('/easyread/')).map((r) => r.url.split('/').pop()).sort();
  assert.deepEqual(easyReadFetched(), [], 'easy read is not sent until a family turns it on');
  await page.click('.sp-topbar__easy-read');
  await page.waitForSelector('.sp-easy-read .sp-idea');
  assert.deepEqual(easyReadFetched(), ['common.json', 'leicestershire.json', 'pictures.json']);
  await everyScreen(page, async (p, name) => {
    assert.ok(await p.locator('.sp-topbar__easy-read').isVisible(), `${name}: the switch is there`);
    const sizes = await p.$$eval('.sp-idea__text', (all) => all.map((e) => parseFloat(getComputedStyle(e).fontSize)));
    for (const px of sizes) assert.ok(px >= 19, `${name}: easy read text at ${px}px`);
    await p.waitForFunction(() => Array.prototype.every.call(document.images, (i) => i.complete));
    const pictures = await p.$$eval('.sp-idea__picture', (all) => all.map((i) => ({
      loaded: i.complete && i.naturalWidth > 0, alt: i.alt, src: i.getAttribute('src'),
      sentence: i.closest('.sp-idea').querySelector('.sp-idea__text').textContent })));
    for (const { loaded, alt, sentence } of pictures) {
      assert.ok(loaded, `${name}: every picture loads`);
      assert.ok(alt.length > 0, `${name}: every picture has alternative text`);
      assert.notEqual(alt, sentence, `${name}: the alternative text describes the picture, not the sentence beside it`);
    }
    const sources = pictures.map((x) => x.src);
    assert.deepEqual(sources, [...new Set(sources)], `${name}: no picture twice on one page`);
    assert.deepEqual(await axe(p), [], `easy read: ${name}`);
  });
  assert.deepEqual(page.problems, []);
});
