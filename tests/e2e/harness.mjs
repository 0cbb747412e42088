// The browser harness: serves build/web/dist on 127.0.0.1 with web/serve.mjs and
// drives Debian's Chromium (/usr/bin/chromium) through playwright-core. It never
// downloads a browser. Every page records console errors, page errors and the
// requests it makes, so tests can hold the checker to "no errors" and "no
// answer ever leaves the page".
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const repo = join(here, '..', '..');
const axeSource = readFileSync(join(repo, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

// The server make run starts; `encodings` "gzip" offers gzip alone (to weigh
// the pages as the budgets count them), else brotli first, then gzip.
export async function startServer(dist = join(repo, 'build', 'web', 'dist'), encodings = 'br,gzip') {
  const env = { ...process.env, SIGNPOST_ENCODINGS: encodings };
  const child = spawn(process.execPath, [join(repo, 'web', 'serve.mjs'), dist, '0'], { stdio: ['ignore', 'pipe', 'inherit'], env });
  const url = await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(String(chunk));
      if (m) resolve(`http://127.0.0.1:${m[1]}/`);
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { url, stop: () => child.kill() };
}

export async function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

// A page that remembers its console errors, page errors and requests.
export async function open(browser, url, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, ...options });
  const page = await context.newPage();
  page.problems = [];
  page.requests = [];
  page.on('console', (m) => { if (m.type() === 'error') page.problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => page.problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => { page.problems.push(`dialog: ${d.message()}`); d.dismiss(); });
  page.on('request', (r) => page.requests.push({ url: r.url(), body: r.postData() || '' }));
  if (url) await page.goto(url);
  return page;
}

// Waits until the WebAssembly core has drawn the page for the first time
// (app.js marks its element, after fetching any language's words it needed).
export async function ready(page) {
  await page.waitForSelector('[data-signpost][data-signpost-ready]', { state: 'attached' });
}

// Picks a language from the language control (a disclosure: opened first).
export async function pickLanguage(page, locale) {
  if (!(await page.locator('details.sp-languages').getAttribute('open').then((v) => v !== null))) await page.click('.sp-languages__summary');
  await page.click(`a[data-locale="${locale}"]`);
}

// Waits until the service worker keeps the page's files for the next visit
// (it takes them from the browser's cache once the check is ready): it is in
// control of this page, and its cache holds the page and every one of the
// checker's own files the page fetched.
export async function keptForNextVisit(page) {
  await page.waitForFunction(async () => {
    if (!navigator.serviceWorker.controller) return false;
    const scope = new URL('.', (await navigator.serviceWorker.ready).scope).href;
    const wanted = performance.getEntriesByType('resource').map((e) => e.name).filter((u) => u.startsWith(scope) && !u.endsWith('/sw.js'));
    wanted.push(location.href.split('#')[0]);
    const kept = new Set();
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) kept.add(request.url);
    }
    return wanted.every((u) => kept.has(u)) && [...kept].some((u) => u.endsWith('/signpost.wasm'));
  }, null, { polling: 100 });
}

// Presses Tab until the focused element matches `selector` (keyboard only), then returns it.
export async function tabTo(page, selector, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement && document.activeElement.matches(s), selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

// axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules. Evaluated through the
// browser's debugging protocol, so the page's own CSP stays as strict as it is.
export async function axe(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
  }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}

export async function heading(page) {
  return (await page.locator('h1').first().innerText()).trim();
}

// Visits one screen of each type, calling `visit(page, name)` on each.
export async function everyScreen(page, visit) {
  await visit(page, 'start');
  await page.click('a[data-event=code]');
  await page.waitForSelector('form[data-code-entry]');
  await visit(page, 'answers code');
  await page.click('form[data-code-entry] button[type=submit]');
  await page.waitForSelector('.sp-error-summary');
  await visit(page, 'answers code with an error');
  await page.click('a.sp-back-link');
  await page.waitForSelector('a.sp-button--start');
  await page.click('a.sp-button--start');
  await page.waitForSelector('form[data-question=who]');
  await visit(page, 'question (who is doing the check)');
  await asParent(page);
  await page.waitForSelector('form[data-question=lives_in_area]');
  await visit(page, 'question (radios)');
  await page.click('button[type=submit]');
  await page.waitForSelector('.sp-error-summary');
  await visit(page, 'question with an error');
  await page.check('input[value=yes]');
  await page.click('button[type=submit]');
  await page.waitForSelector('input[name=day]');
  await page.fill('input[name=day]', '31');
  await page.fill('input[name=month]', '2');
  await page.fill('input[name=year]', '2015');
  await page.click('button[type=submit]');
  await page.waitForSelector('.sp-error-summary');
  await visit(page, 'question (date) with an error');
  await page.fill('input[name=day]', '14');
  await page.click('button[type=submit]');
  await pick(page, 'disability', 'yes');
  await pick(page, 'dla_care', 'applied');
  await pick(page, 'ehcp', 'yes');
  await page.waitForSelector('input[type=checkbox]');
  await page.check('input[value=personal-care]');
  await visit(page, 'question (checkboxes)');
  await page.click('button[type=submit]');
  await page.waitForSelector('input[name=postcode]');
  await page.fill('input[name=postcode]', 'not a postcode');
  await page.click('button[type=submit]');
  await page.waitForSelector('.sp-error-summary');
  await visit(page, 'question (place) with an error');
  await page.fill('input[name=postcode]', 'LE11');
  await page.click('button[type=submit]');
  await pick(page, 'access_needs', 'wheelchair');
  await pick(page, 'break_times', 'any');
  await page.waitForSelector('.sp-summary-list');
  await visit(page, 'check your answers');
  await page.click('a[data-event=confirm]');
  await page.waitForSelector('a[data-event=restart]');
  await visit(page, 'result');
  await page.$$eval('details', (all) => all.forEach((d) => { d.open = true; }));
  await visit(page, 'result, every part open');
}


// With the mouse: picks `value` when the question `id` is on screen, and continues.
async function pick(page, id, value) {
  await page.waitForSelector(`form[data-question=${id}] input[value="${value}"]`);
  await page.check(`input[value="${value}"]`);
  await page.click('button[type=submit]');
}

// Starts the check with the mouse: lives in the area, then to the date of birth
// question; with a date, answers it too and waits for the next question.
// Answers the first question, who is doing the check: a parent or carer.
export async function asParent(page) {
  await page.waitForSelector('[data-signpost-ready] form[data-question=who]');
  await page.check('form[data-question=who] input[value=parent]');
  await page.click('button[type=submit]');
  await page.waitForSelector('form[data-question]:not([data-question=who])');
}

export async function beginCheck(page, date) {
  await page.click('a.sp-button--start');
  await asParent(page);
  await page.check('input[value=yes]');
  await page.click('button[type=submit]');
  await page.waitForSelector('input[name=day]');
  if (!date) return;
  const [y, m, d] = date.split('-');
  await page.fill('input[name=day]', String(Number(d)));
  await page.fill('input[name=month]', String(Number(m)));
  await page.fill('input[name=year]', y);
  await page.click('button[type=submit]');
  await page.waitForSelector('form[data-question=disability]');
}

// Answers the question `id` once it is ready: a value to pick, or the boxes to fill.
export async function answer(page, id, value) {
  await page.waitForSelector(`[data-signpost-ready] form[data-question=${id}]`);
  if (typeof value === 'string') await page.check(`form[data-question=${id}] input[value="${value}"]`);
  else for (const [name, text] of Object.entries(value)) await page.fill(`form[data-question=${id}] input[name=${name}]`, text);
  await page.click('button[type=submit]');
}

// Answers for a whole Leicestershire check, each question in the order asked.
export const wholeCheckAnswers = [['who', 'parent'], ['lives_in_area', 'yes'], ['date_of_birth', { day: '14', month: '3', year: '2015' }], ['disability', 'yes'],
  ['dla_care', 'high'], ['ehcp', 'yes'], ['support_needs', 'personal-care'], ['postcode_district', { postcode: 'LE11' }],
  ['access_needs', 'none'], ['break_times', 'any']];

// A whole English check, from the start page to the result.
export async function wholeCheck(page) {
  await page.click('a.sp-button--start');
  for (const [id, value] of wholeCheckAnswers) await answer(page, id, value);
  await page.click('a[data-event=confirm]');
  await page.waitForSelector('a[data-event=restart]');
}
