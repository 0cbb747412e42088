// Importing Open Referral UK feeds over HTTP: a real server on 127.0.0.1 serves
// paged fixtures in the 3.0 shape (pages counted from 1) and the 1.0 shape
// (pages counted from 0), a feed with a bad record, and feeds that break
// part-way. `signpost import-directory --from URL` must follow every page,
// keep good records, and never replace a good directory with a broken feed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const signpost = path.join(repo, 'build/native/bin/signpost');
const v3 = JSON.parse(fs.readFileSync(path.join(repo, 'tests/fixtures/oruk/v3-service.json'), 'utf8'));
const v1 = JSON.parse(fs.readFileSync(path.join(repo, 'tests/fixtures/oruk/v1-page.json'), 'utf8')).content[0];

// Seven services in the 3.0 shape: our own fixture's record, renamed.
const v3Services = Array.from({ length: 7 }, (_, i) => ({ ...v3, id: `v3-${i + 1}`, name: `${v3.name} ${i + 1}` }));
// Five in the 1.0 shape.
const v1Services = Array.from({ length: 5 }, (_, i) => ({ ...v1, id: `v1-${i + 1}`, name: `Saturday sensory play ${i + 1}` }));

function v3Page(list, page, size) {
  const totalPages = Math.ceil(list.length / size);
  return { total_items: list.length, total_pages: totalPages, page_number: page, size, first_page: page === 1,
    last_page: page === totalPages, empty: false, content: list.slice((page - 1) * size, page * size) };
}
function v1Page(list, page, size) {
  return { totalElements: list.length, totalPages: Math.ceil(list.length / size), number: page, size,
    content: list.slice(page * size, (page + 1) * size) };
}

const requests = [];
let server;
let base;
before(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    const send = (status, body) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(typeof body === 'string' ? body : JSON.stringify(body));
    };
    const page = url.searchParams.get('page');
    switch (url.pathname) {
      case '/v3/services': return send(200, v3Page(v3Services, Number(page ?? 1), Number(url.searchParams.get('per_page') ?? 3)));
      case '/v1/services': return send(200, v1Page(v1Services, Number(page ?? 0), 2));
      case '/with-a-bad-record/services':
        return send(200, v3Page([v3Services[0], { id: 'no-name' }, v3Services[1]], 1, 10));
      case '/fails-on-page-2/services':
        return page === '2' ? send(503, { error: 'down' }) : send(200, v3Page(v3Services, Number(page ?? 1), 3));
      case '/cut-short/services':
        return page === '3' ? send(200, JSON.stringify(v3Page(v3Services, 3, 3)).slice(0, 40)) : send(200, v3Page(v3Services, Number(page ?? 1), 3));
      // Servers that never move on: the same page whatever is asked, the same
      // records under a new number, a number past any page, and a page count
      // the pages never reach.
      case '/stuck/services': return send(200, { ...v3Page(v3Services, 1, 3), total_pages: 10000 });
      case '/same-records/services': return send(200, { ...v3Page(v3Services, 1, 3), total_pages: 10000, page_number: Number(page ?? 1) });
      case '/huge-number/services':  // INT64_MAX, written out: a JavaScript number cannot hold it
        return send(200, JSON.stringify({ ...v3Page(v3Services, 1, 3), page_number: 0 }).replace('"page_number":0', '"page_number":9223372036854775807'));
      case '/past-the-end/services': {
        const n = Number(page ?? 1);
        return send(200, { ...v3Page(v3Services, n, 3), total_pages: 2, page_number: 1 });
      }
      case '/slow/services': return;  // never answers: the import is stopped while it waits
      default: return send(404, { error: 'not found' });
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});
const roots = [];
after(() => {
  server.close();
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

// A content root of its own, holding a copy of the Leicestershire offer.
function freshRoot() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'signpost-feed-'));
  roots.push(root);
  fs.cpSync(path.join(repo, 'offers/leicestershire'), path.join(root, 'offers/leicestershire'), { recursive: true });
  return root;
}
// Run without blocking: the server answering it lives in this same process.
function importFrom(root, url, ...extra) {
  return new Promise((resolve) => {
    const child = spawn(signpost, ['import-directory', '--from', url, '--offer', 'leicestershire', '--root', root, ...extra]);
    let stdout = '', stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
const directoryOf = (root) => JSON.parse(fs.readFileSync(path.join(root, 'offers/leicestershire/directory.json'), 'utf8'));
const fromFeed = (root, url) => directoryOf(root).services.filter((s) => s.source === url);

test('a 3.0 feed is read page by page, from page 1 to the last', async () => {
  const root = freshRoot();
  const url = `${base}/v3/services`;
  requests.length = 0;
  const run = await importFrom(root, url);
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(requests, ['/v3/services', '/v3/services?page=2', '/v3/services?page=3']);
  const got = fromFeed(root, url);
  assert.deepEqual(got.map((s) => s.id), v3Services.map((s) => s.id));
  assert.equal(got[0].min_age, v3.minimum_age);
  assert.equal(got[0].max_age, v3.maximum_age);
  assert.equal(got[0].tier, 'universal', 'the offer\'s first tier, when --tier is not given');
  // The council's own entries are kept.
  const before = JSON.parse(fs.readFileSync(path.join(repo, 'offers/leicestershire/directory.json'), 'utf8')).services.length;
  assert.equal(directoryOf(root).services.length, before + v3Services.length);
});

test('a 1.0 feed counting pages from 0 is read whole, with ages, days, place and access', async () => {
  const root = freshRoot();
  const url = `${base}/v1/services`;
  requests.length = 0;
  const run = await importFrom(root, url, '--tier', 'early-help');
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(requests, ['/v1/services', '/v1/services?page=1', '/v1/services?page=2']);
  const got = fromFeed(root, url);
  assert.equal(got.length, 5);
  assert.equal(got[0].tier, 'early-help');
  assert.equal(got[0].min_age, 3);
  assert.equal(got[0].max_age, 14);
  assert.deepEqual(got[0].days, ['SA', 'SU']);
  assert.equal(got[0].locations[0].postcode_district, 'LE11');
  assert.deepEqual(got[0].access, ['sensory-friendly']);
  assert.deepEqual(got[0].times, ['weekends']);
});

test('a feed URL\'s own parameters are kept on every page', async () => {
  const root = freshRoot();
  const url = `${base}/v3/services?per_page=4&page=1`;
  requests.length = 0;
  const run = await importFrom(root, url);
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(requests, ['/v3/services?per_page=4&page=1', '/v3/services?per_page=4&page=2']);
  assert.equal(fromFeed(root, url).length, v3Services.length);
});

test('importing the same feed again replaces its services, not adds to them', async () => {
  const root = freshRoot();
  const url = `${base}/v3/services`;
  assert.equal((await importFrom(root, url)).status, 0);
  assert.equal((await importFrom(root, url)).status, 0);
  assert.equal(fromFeed(root, url).length, v3Services.length);
});

test('a bad record is reported with where it is, skipped, and the rest kept', async () => {
  const root = freshRoot();
  const url = `${base}/with-a-bad-record/services`;
  const run = await importFrom(root, url);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stderr, /\/content\/1: skipped service "no-name": expected a service with an "id" and a "name"/);
  assert.deepEqual(fromFeed(root, url).map((s) => s.id), ['v3-1', 'v3-2']);
});

for (const [name, why] of [['fails-on-page-2', /HTTP 503/], ['cut-short', /syntax error|unexpected|expected/i]]) {
  test(`a feed that breaks part-way (${name}) changes nothing`, async () => {
    const root = freshRoot();
    assert.equal((await importFrom(root, `${base}/v3/services`)).status, 0);
    const file = path.join(root, 'offers/leicestershire/directory.json');
    const good = fs.readFileSync(file);
    const run = await importFrom(root, `${base}/${name}/services`);
    assert.notEqual(run.status, 0);
    assert.match(run.stderr, why);
    assert.match(run.stderr, /the directory is unchanged/);
    assert.deepEqual(fs.readFileSync(file), good);
    assert.equal(fs.existsSync(`${file}.partial`), false);
  });
}

test('an unreachable server or a missing feed changes nothing and says why', async () => {
  const root = freshRoot();
  const file = path.join(root, 'offers/leicestershire/directory.json');
  const good = fs.readFileSync(file);
  const missing = await importFrom(root, `${base}/no-such-feed`);
  assert.notEqual(missing.status, 0);
  assert.match(missing.stderr, /HTTP 404/);
  const closed = await importFrom(root, 'http://127.0.0.1:9/services');
  assert.notEqual(closed.status, 0);
  assert.match(closed.stderr, /127\.0\.0\.1:9\/services: /);
  assert.deepEqual(fs.readFileSync(file), good);
});

const runaway = [
  ['stuck', 2, /this page repeats one already read; stopped paging, keeping what was read/],
  ['same-records', 2, /this page adds no service not read already; stopped paging/],
  ['huge-number', 1, /\/page_number: expected a whole number from 0 to 10000, got 9223372036854775807; stopped paging/],
  ['past-the-end', 2, /past the feed's own total_pages \(2\); stopped paging/],
];
for (const [name, pages, why] of runaway) {
  test(`a paged feed that never moves on (${name}) stops after ${pages} page(s), keeping what it read`, async () => {
    const root = freshRoot();
    const url = `${base}/${name}/services`;
    requests.length = 0;
    const run = await importFrom(root, url);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(requests.length, pages, requests.join(' '));
    assert.match(run.stderr, why);
    assert.ok(fromFeed(root, url).length >= 3);
  });
}

test('an import stopped by Ctrl+C while it waits for a page changes nothing and leaves nothing behind (a stop during the write: tests/platform/atomic_file_test.cpp)', async () => {
  const root = freshRoot();
  const folder = path.join(root, 'offers/leicestershire');
  const good = fs.readFileSync(path.join(folder, 'directory.json'));
  const names = fs.readdirSync(folder).sort();
  const child = spawn(signpost, ['import-directory', '--from', `${base}/slow/services`, '--offer', 'leicestershire', '--root', root]);
  const ended = new Promise((resolve) => child.on('close', (status, signal) => resolve({ status, signal })));
  await new Promise((resolve) => setTimeout(resolve, 300));
  child.kill('SIGINT');
  const { signal } = await ended;
  assert.equal(signal, 'SIGINT');
  assert.deepEqual(fs.readFileSync(path.join(folder, 'directory.json')), good);
  assert.deepEqual(fs.readdirSync(folder).sort(), names);
});
