// The council's Short Breaks Services Statement, as make run serves it at
// /statement/ (and /<offer>/statement/): linked from the start page in the
// family's language, readable without JavaScript, passing axe in English, in
// Urdu (right to left) and in easy read, drawn (a screenshot with ink on it)
// and printable to PDF through the browser's own print.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, launch, open, pickLanguage, ready, startServer } from './harness.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

test('the start page links to the offer\'s statement in the family\'s language, for every offer', async () => {
  for (const [path, council] of [['', 'Leicestershire County Council'], ['wakefield/', 'Wakefield Council'], ['?offer=dorset', 'Dorset Council']]) {
    const page = await open(browser, server.url + path);
    await ready(page);
    await page.click('.sp-statement-link a');
    await page.waitForSelector('h1');
    assert.equal(await page.locator('h1').innerText(), `${council}: Short Breaks Services Statement`, path);
    assert.deepEqual(page.problems, []);
  }
  const page = await open(browser, server.url);
  await ready(page);
  await pickLanguage(page, 'ur');
  await page.waitForFunction(() => document.documentElement.lang === 'ur');
  assert.match(await page.getAttribute('.sp-statement-link a', 'href'), /\/leicestershire\/statement\/ur\/$/);
});

// Every offer's statement in English, Urdu and easy read; and Leicestershire's in Urdu easy read.
const pages = [];
for (const offer of ['leicestershire', 'wakefield', 'dorset']) {
  pages.push([`${offer}, English`, `${offer}/statement/en-GB/`, 'en-GB', 'ltr'], [`${offer}, Urdu`, `${offer}/statement/ur/`, 'ur', 'rtl'],
    [`${offer}, easy read`, `${offer}/statement/en-GB/easy-read/`, 'en-GB', 'ltr']);
}
pages.push(['leicestershire, Urdu easy read', 'statement/ur/easy-read/', 'ur', 'rtl']);
for (const [name, path, lang, dir] of pages) {
  test(`the statement, ${name}: every section, axe finds nothing, it is drawn, and it prints to PDF`, async () => {
    const page = await open(browser, server.url + path);  // a static page: it has no script
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    assert.equal(await page.getAttribute('html', 'dir'), dir);
    const headings = await page.$$eval('h2', (all) => all.map((h) => h.textContent));
    assert.ok(headings.length >= 7, `${name}: ${headings.length} sections`);
    assert.ok(await page.locator('ol.sp-pathway').count() === 1, `${name}: the pathway as a picture, with its steps as text`);
    assert.ok(await page.locator('ol.sp-steps').count() >= 1);
    if (name.includes('easy read')) {
      const pictures = await page.$$eval('.sp-idea__picture', (all) => all.map((i) => i.complete && i.naturalWidth > 0));
      assert.ok(pictures.length > 5 && pictures.every(Boolean), `${name}: its pictures load`);
    }
    if (lang === 'ur') {
      assert.ok(await page.locator('.sp-draft').isVisible(), 'the machine-draft notice');
      assert.ok(await page.locator('p[lang=en-GB]').count() >= 1, 'the council\'s own words are marked as English');
    }
    assert.deepEqual(await axe(page), [], `the statement in ${name}`);
    const shot = await page.screenshot({ fullPage: false });
    assert.ok(shot.length > 20000, `${name}: a screenshot of ${shot.length} bytes: nothing drawn`);
    const pdf = await page.pdf({ format: 'A4' });
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    await page.context().close();
    console.log(`statement, ${name}: ${headings.length} sections, screenshot ${shot.length} bytes, PDF ${pdf.length} bytes`);
    assert.deepEqual(page.problems, []);
  });
}
