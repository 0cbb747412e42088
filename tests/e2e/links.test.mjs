// Links that can only be links, in the browser, with the page's
// Content-Security-Policy turned off so that what is checked is Signpost's own
// defence: a `javascript:` or `data:` address put into an offer's content, or
// into an Open Referral UK feed imported over HTTP, never reaches the page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, open, ready, repo, startServer, wholeCheck } from './harness.mjs';

let server;
let browser;
const roots = [];
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => {
  await browser?.close();
  server?.stop();
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

const hostile = ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>'];
const bundle = () => JSON.parse(readFileSync(join(repo, 'build', 'web', 'dist', 'content', 'leicestershire.json'), 'utf8'));

// A page whose offer content is `files` instead of the built one, with no CSP.
async function pageWith(files) {
  const page = await open(browser, null, { bypassCSP: true });
  await page.route('**/content/leicestershire.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ files }) }));
  await page.goto(server.url);
  return page;
}

// What must never be on the page, in any attribute or text the page holds.
async function assertNoHostileLink(page, label) {
  const html = await page.evaluate(() => document.documentElement.outerHTML);
  assert.doesNotMatch(html, /java\s*script:/i, `${label}: no javascript: anywhere on the page`);
  assert.doesNotMatch(html, /data:text\/html/i, `${label}: no data: document anywhere on the page`);
  const hrefs = await page.$$eval('a[href]', (all) => all.map((a) => a.getAttribute('href')));
  for (const href of hrefs) assert.match(href, /^(#|https:\/\/|http:\/\/|tel:|mailto:|\.{0,2}\/|[a-z0-9-]+\/)/i, `${label}: ${href}`);
  assert.deepEqual(page.problems.filter((p) => p.startsWith('dialog')), [], `${label}: no script ran`);
}

test('a javascript: or data: address in an offer\'s contact is refused: the offer does not load, and the page lists the short breaks without it', async () => {
  for (const url of hostile) {
    const files = bundle().files;
    const pack = JSON.parse(files['offers/leicestershire/pack.json']);
    pack.contacts[0].url = url;
    files['offers/leicestershire/pack.json'] = JSON.stringify(pack);
    const page = await pageWith(files);
    await page.waitForSelector('[data-failed]:not([hidden])');
    await assertNoHostileLink(page, JSON.stringify(url));
    await page.close();
  }
});

// A feed served over HTTP on 127.0.0.1, in the Open Referral UK 3.0 shape.
async function serveFeed(services) {
  const feed = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ total_items: services.length, total_pages: 1, page_number: 1, size: services.length,
      first_page: true, last_page: true, empty: false, content: services }));
  });
  await new Promise((resolve) => feed.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${feed.address().port}/services`, close: () => feed.close() };
}

test('a feed\'s javascript: and data: addresses are dropped at import, and the services the feed gives well are the only ones shown', async () => {
  const fixture = JSON.parse(readFileSync(join(repo, 'tests', 'fixtures', 'oruk', 'v3-service.json'), 'utf8'));
  const services = [{ ...fixture, id: 'good-one', name: 'Harbour Saturday Club' },
    ...hostile.map((url, i) => ({ ...fixture, id: `hostile-${i}`, name: `Hostile Club ${i}`, url }))];
  const feed = await serveFeed(services);
  const root = mkdtempSync(join(tmpdir(), 'signpost-links-'));
  roots.push(root);
  cpSync(join(repo, 'offers', 'leicestershire'), join(root, 'offers', 'leicestershire'), { recursive: true });
  try {
    // Run beside the feed's server (this process must stay free to answer it).
    const run = await new Promise((resolve) => {
      const child = spawn(join(repo, 'build', 'native', 'bin', 'signpost'),
        ['import-directory', '--from', feed.url, '--offer', 'leicestershire', '--root', root]);
      let stderr = '';
      child.stderr.on('data', (chunk) => { stderr += chunk; });
      child.on('close', (status) => resolve({ status, stderr }));
    });
    assert.equal(run.status, 0, run.stderr);
    for (let i = 0; i < hostile.length; ++i) assert.match(run.stderr, new RegExp(`hostile-${i}`), 'each bad record is named');
  } finally {
    feed.close();
  }
  const directory = readFileSync(join(root, 'offers', 'leicestershire', 'directory.json'), 'utf8');
  assert.match(directory, /Harbour Saturday Club/);
  assert.doesNotMatch(directory, /Hostile Club/);

  const files = bundle().files;
  files['offers/leicestershire/directory.json'] = directory;
  const page = await pageWith(files);
  await ready(page);
  await wholeCheck(page);
  await page.fill('#service-search', 'Saturday Club');
  await page.click('form[data-search] button[type=submit]');
  await page.waitForSelector('section.sp-card--service');
  const titles = await page.locator('section.sp-card--service h3').allInnerTexts();
  assert.ok(titles.includes('Harbour Saturday Club'), `found: ${titles.join(', ')}`);
  assert.ok(titles.every((t) => !t.startsWith('Hostile')));
  await assertNoHostileLink(page, 'the result with the imported feed');
  assert.deepEqual(page.problems, []);
});
