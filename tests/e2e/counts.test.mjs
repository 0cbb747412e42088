// Counts of demand on the web, in a real browser. Without a council's config
// the checker asks nothing and sends nothing. With one (counts.endpoint in the
// embed config on the council's page), the result asks the family, in their
// language and in easy read, and passes axe. Nothing reaches the endpoint
// before the family answers, nor after a no. A yes sends exactly one POST of
// this check's record, the one the core gives for the same answers (signpost
// check --format record), with no cookie and no referrer. The commissioning
// report made from such records passes axe, with a table beside every chart.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { axe, launch, open, pickLanguage, repo, startServer, wholeCheck, wholeCheckAnswers } from './harness.mjs';

const signpost = join(repo, 'build/native/bin/signpost');
let server;
let browser;
let endpoint;
const received = [];
const work = mkdtempSync(join(tmpdir(), 'signpost-counts-'));

// The council's own site: its page with the checker embedded, the checker's
// files (hosted beside it, as a council may), and its collector at /counts,
// which keeps every request it gets.
const dist = join(repo, 'build', 'web', 'dist');
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm',
  '.json': 'application/json', '.svg': 'image/svg+xml' };
function startCouncilSite() {
  const http = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => {
      const path = new URL(req.url, 'http://localhost').pathname;
      if (path === '/counts') {
        received.push({ method: req.method, headers: req.headers, body });
        res.writeHead(204);
        return res.end();
      }
      if (path === '/council/short-breaks.html') {
        res.writeHead(200, { 'Content-Type': types['.html'] });
        return res.end(councilPage());
      }
      const file = normalize(join(dist, path));
      if (!file.startsWith(dist + sep) || !existsSync(file) || !statSync(file).isFile()) {
        res.writeHead(404);
        return res.end();
      }
      res.writeHead(200, { 'Content-Type': types[extname(file)] || 'application/octet-stream' });
      res.end(readFileSync(file));
    });
  });
  return new Promise((resolve) => http.listen(0, '127.0.0.1', () => {
    const origin = `http://127.0.0.1:${http.address().port}`;
    resolve({ origin, url: `${origin}/counts`, http });
  }));
}

before(async () => {
  server = await startServer();
  browser = await launch();
  endpoint = await startCouncilSite();
});
after(async () => {
  await browser?.close();
  server?.stop();
  endpoint?.http.close();
  rmSync(work, { recursive: true, force: true });
});

// The council's page: the checker embedded, its counts endpoint named in the
// embed config, and its own Content-Security-Policy letting the page reach it.
function councilPage() {
  return `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'">
<link rel="icon" href="data:,"><title>Short breaks – Leicestershire County Council</title></head>
<body><div data-signpost data-signpost-offer="leicestershire"></div>
<script type="application/json" data-signpost-config>{"counts": {"endpoint": "${endpoint.url}"}}</script>
<script src="/app.js" defer></script></body></html>`;
}

async function openCouncilPage() {
  return open(browser, `${endpoint.origin}/council/short-breaks.html`);
}

function localToday() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

// The record the core gives for the answers wholeCheck gives.
function expectedRecord() {
  const answers = {};
  for (const [id, value] of wholeCheckAnswers) {
    if (id === 'date_of_birth') answers[id] = `${value.year}-${value.month.padStart(2, '0')}-${value.day.padStart(2, '0')}`;
    else if (id === 'postcode_district') answers[id] = value.postcode;
    else answers[id] = ['support_needs', 'access_needs', 'break_times'].includes(id) ? [value] : value;
  }
  const file = join(work, 'answers.json');
  writeFileSync(file, JSON.stringify(answers));
  return JSON.parse(execFileSync(signpost, ['check', '--offer', 'leicestershire', '--answers', file, '--today', localToday(), '--format', 'record'],
    { encoding: 'utf8' }));
}

const posts = () => received.filter((r) => r.method === 'POST');

test('without a council config, the result asks nothing and the page sends nothing', async () => {
  const page = await open(browser, server.url);
  await wholeCheck(page);
  assert.equal(await page.locator('[data-counts]').count(), 0);
  assert.deepEqual(page.requests.filter((r) => r.body), [], 'nothing was sent with a body');
  await page.context().close();
});

test('with a council config: asked after the result, in plain words that pass axe; nothing is sent before an answer, nor after a no', async () => {
  received.length = 0;
  const page = await openCouncilPage();
  await wholeCheck(page);
  const box = page.locator('[data-counts]');
  assert.ok(await box.isVisible(), 'the question is on the result');
  assert.match(await box.innerText(), /Nothing is sent unless you say yes/);
  assert.deepEqual(await axe(page), []);
  mkdirSync(join(repo, 'build/screenshots'), { recursive: true });
  await box.screenshot({ path: join(repo, 'build/screenshots/counts-question.png') });
  await page.waitForTimeout(300);
  assert.equal(received.length, 0, 'nothing reached the endpoint before the family answered');
  await page.click('[data-counts-answer=no]');
  await page.waitForFunction(() => document.querySelector('[data-counts-said]').textContent === 'Nothing was sent.');
  assert.equal(await page.evaluate(() => document.activeElement.hasAttribute('data-counts-said')), true, 'focus moves to what was done');
  assert.equal(await page.locator('[data-counts-answer]').first().isVisible(), false);
  await page.waitForTimeout(500);
  assert.equal(received.length, 0, 'a no sends nothing');
  assert.equal(page.requests.filter((r) => r.url.startsWith(endpoint.url)).length, 0);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a yes sends exactly this check\'s record, once, with no cookie and no referrer', async () => {
  received.length = 0;
  const page = await openCouncilPage();
  await page.context().addCookies([{ name: 'council-session', value: 'secret', url: endpoint.origin }]);
  await wholeCheck(page);
  await page.click('[data-counts-answer=yes]');
  await page.waitForFunction(() => document.querySelector('[data-counts-said]').textContent.startsWith('Thank you'));
  await page.waitForTimeout(300);
  assert.equal(posts().length, 1, `one POST, got ${JSON.stringify(received.map((r) => r.method))}`);
  const [post] = posts();
  const record = JSON.parse(post.body);
  assert.deepEqual(record, expectedRecord());
  for (const never of ['date_of_birth', '2015', 'lives_in_area', 'dla_care', 'ehcp']) assert.ok(!post.body.includes(never), `${never} was sent`);
  assert.equal(post.headers.cookie, undefined, 'no cookie');
  assert.equal(post.headers.referer, undefined, 'no referrer');
  assert.equal(post.headers['content-type'], 'application/json');
  console.log(`counts: one POST of ${post.body.length} bytes: ${post.body}`);
  await page.context().close();
});

test('the question is in the family\'s language, and in easy read, and passes axe', async () => {
  const page = await openCouncilPage();
  await wholeCheck(page);
  await pickLanguage(page, 'ur');
  await page.waitForFunction(() => document.documentElement.lang === 'ur');
  const urdu = JSON.parse(readFileSync(join(repo, 'i18n/ur/common.json'), 'utf8')).messages;
  assert.equal((await page.locator('#sp-counts-heading').innerText()).trim(), urdu['label.counts_heading']);
  assert.deepEqual(await axe(page), []);
  await page.click('.sp-topbar__easy-read');
  await page.waitForSelector('.sp-easy-read [data-counts]');
  assert.deepEqual(await axe(page), []);
  await page.context().close();
});

test('the commissioning report from web records: a table beside every chart, and axe finds nothing', async () => {
  const record = JSON.stringify(expectedRecord());
  const records = join(work, 'records.ndjson');
  writeFileSync(records, Array.from({ length: 12 }, () => record).join('\n') + '\n');
  const out = join(work, 'report');
  execFileSync(signpost, ['report', '--counts', records, '--offer', 'leicestershire', '--out', out]);
  const page = await open(browser, `file://${out}/index.html`);
  const charts = await page.locator('svg.sp-chart').count();
  assert.ok(charts >= 10, `${charts} charts`);
  assert.equal(await page.locator('table.sp-report-table').count(), charts);
  assert.match(await page.locator('main').innerText(), /12 checks finished/);
  assert.deepEqual(await axe(page), []);
  const shots = join(repo, 'build/screenshots');
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, 'report.png'), fullPage: true });
  console.log(`report: ${charts} charts, each with its table; screenshot build/screenshots/report.png`);
  await page.context().close();
});
