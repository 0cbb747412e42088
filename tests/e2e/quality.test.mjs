// The web checker held to its standards on every screen type: WCAG 2.2 A and AA
// by axe-core with no violations; no horizontal scrolling at 320 CSS pixels (as
// at 400% zoom); a strict Content-Security-Policy; no answer in any request, no
// cookie, nothing stored; text escaped; the start page without JavaScript; a
// second visit offline; embedding with one element and one script.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axe, beginCheck, everyScreen, heading, keptForNextVisit, launch, open, ready, repo, startServer } from './harness.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

test('axe-core finds no WCAG 2.2 A or AA violation on any screen type', async () => {
  for (const offer of ['', '?offer=wakefield']) {
    const page = await open(browser, server.url + offer);
    await ready(page);
    if (offer) {
      assert.deepEqual(await axe(page), [], 'Wakefield start page');
      continue;
    }
    await everyScreen(page, async (p, name) => assert.deepEqual(await axe(p), [], name));
    assert.deepEqual(page.problems, []);
  }
});

test('nothing scrolls sideways at 320 CSS pixels wide, as at 400% zoom of a 1280 pixel window', async () => {
  const page = await open(browser, server.url, { viewport: { width: 320, height: 256 } });
  await ready(page);
  await everyScreen(page, async (p, name) => {
    const [scroll, client] = await p.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    assert.ok(scroll <= client, `${name}: ${scroll}px of content in a ${client}px window`);
    // The main action is still there to use.
    const button = await p.$('button[type=submit], a[data-event=confirm], a.sp-button--start, a[data-event=restart]');
    assert.ok(button && (await button.boundingBox()).width <= client, `${name}: its main button fits`);
  });
  assert.deepEqual(page.problems, []);
});

test('no request after load carries an answer; no cookies; nothing stored', async () => {
  const page = await open(browser, server.url);
  await ready(page);
  const loaded = page.requests.length;
  await everyScreen(page, async () => {});
  const later = page.requests.slice(loaded);
  for (const r of later) {
    const text = decodeURIComponent(r.url) + r.body;
    for (const answer of ['2015', 'applied', 'personal-care', 'lives_in_area', 'young-person', '"a"']) {
      assert.ok(!text.includes(answer), `a request carried "${answer}": ${r.url}`);
    }
  }
  assert.deepEqual(await page.context().cookies(), []);
  assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length]), [0, 0]);
  assert.deepEqual(page.problems, []);
});

test('the page is served with a strict Content-Security-Policy, and keeps to it', async () => {
  const page = await open(browser, null);
  const response = await page.goto(server.url);
  const csp = response.headers()['content-security-policy'];
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval';/);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
  await ready(page);
  // A violation would show as a console error; the journey below would surface it.
  await everyScreen(page, async () => {});
  assert.deepEqual(page.problems, []);
});

test('a catalog string holding a script shows as text', async () => {
  // A copy of the content whose start heading is a script, rendered into the
  // page by the core's HTML renderer (as make run does for the real page).
  const content = mkdtempSync(join(tmpdir(), 'signpost-content-'));
  cpSync(join(repo, 'offers'), join(content, 'offers'), { recursive: true });
  cpSync(join(repo, 'i18n'), join(content, 'i18n'), { recursive: true });
  const common = join(content, 'i18n', 'en-GB', 'common.json');
  const catalog = JSON.parse(readFileSync(common, 'utf8'));
  catalog.messages['start.heading'] = '<script>alert(1)</script>';
  writeFileSync(common, JSON.stringify(catalog));
  const dist = mkdtempSync(join(tmpdir(), 'signpost-dist-'));
  cpSync(join(repo, 'build', 'web', 'dist'), dist, { recursive: true });
  const html = execFileSync(join(repo, 'build', 'native', 'bin', 'signpost'),
    ['page', '--offer', 'leicestershire', '--template', join(repo, 'web', 'index.html'), '--root', content]);
  writeFileSync(join(dist, 'index.html'), html);
  const local = await startServer(dist);
  try {
    const page = await open(browser, null);
    // Keep the WebAssembly away, so the page stays as rendered from the test's catalog.
    await page.route('**/signpost.js', (route) => route.abort());
    await page.goto(local.url);
    assert.equal(await heading(page), '<script>alert(1)</script>');
    assert.equal(await page.evaluate(() => document.querySelectorAll('main script').length), 0);
    assert.ok(!page.problems.some((p) => p.startsWith('dialog')), 'no alert ran');
  } finally {
    local.stop();
  }
  // And what a family types is escaped by the WebAssembly core in the same way.
  const page = await open(browser, server.url);
  await ready(page);
  await beginCheck(page);
  await page.fill('input[name=day]', '"><script>alert(1)</script>');
  await page.click('button[type=submit]');
  await page.waitForSelector('.sp-error-summary');
  assert.equal(await page.inputValue('input[name=day]'), '"><script>alert(1)</script>');
  assert.equal(await page.evaluate(() => document.querySelectorAll('main script').length), 0);
  assert.deepEqual(page.problems, []);
});

test('without JavaScript the start page still shows the offer, who can get each part, and how to ask', async () => {
  const page = await open(browser, server.url, { javaScriptEnabled: false });
  assert.equal(await heading(page), 'Check what short breaks your family can get');
  const text = await page.locator('main').innerText();
  assert.match(text, /Summer Direct Payment card \(level 1\)/);
  assert.match(text, /Who can get it\s+Children who live in Leicestershire/);
  assert.match(text, /What to do next\s+Contact First Response/);
  assert.match(await page.locator('body').innerText(), /This check needs JavaScript/);
  assert.deepEqual(page.problems, []);
});

test('a second visit works with no network', async () => {
  const page = await open(browser, server.url);
  await ready(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  // The worker has claimed the page, so it has every file it needs.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await keptForNextVisit(page);
  await page.context().setOffline(true);
  await page.reload();
  await ready(page);
  await page.click('a.sp-button--start');
  await page.waitForSelector('form[data-question=who]');
  await page.context().setOffline(false);
  assert.deepEqual(page.problems, []);
});

test('a council embeds the checker with one element and one script tag', async () => {
  const page = await open(browser, server.url + 'embed-example.html');
  await ready(page);
  assert.equal(await page.locator('[data-signpost] h1').innerText(), 'Check what short breaks your family can get');
  await page.click('[data-signpost] a.sp-button--start');
  await page.waitForSelector('[data-signpost] form[data-question=who]');
  assert.deepEqual(page.problems, []);
});

test('answers are saved on this device only when the family presses Save, and forgotten when they ask', async () => {
  const page = await open(browser, server.url);
  await ready(page);
  await beginCheck(page, '2017-05-14');
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing is stored before Save');
  await page.click('[data-tool=save]');
  assert.ok(await page.locator('[data-saved]').isVisible(), 'the family is told what saving means');
  const hash = await page.evaluate(() => location.hash);
  // A later visit offers to carry on, and carries on where they were.
  await page.goto(server.url);
  await ready(page);
  await page.click('[data-tool=resume]');
  await page.waitForSelector('form[data-question=disability]');
  assert.equal(await page.evaluate(() => location.hash), hash);
  await page.click('[data-tool=forget]');
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  await page.goto(server.url);
  await ready(page);
  assert.equal(await page.locator('[data-resume]').isVisible(), false);
  assert.deepEqual(page.problems, []);
});
