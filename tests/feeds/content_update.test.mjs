// Kiosk content updates over HTTP: a real server on 127.0.0.1 serves bundles
// written by `signpost bundle`, whole and broken in each way a download can
// break. The update (`signpost update-content`, the kiosk's own update run by
// hand) must put a good bundle live by swapping the `current` link, and must
// refuse a corrupt, partial or unlintable one, or go without a server, leaving
// the content in use as it was.
// SIGNPOST names the signpost binary (default build/native/bin/signpost);
// SIGNPOST_KIOSK the kiosk (default: beside it), tried when it has been built.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const signpost = path.resolve(repo, process.env.SIGNPOST ?? 'build/native/bin/signpost');
const kiosk = path.resolve(repo, process.env.SIGNPOST_KIOSK ?? path.join(path.dirname(signpost), 'signpost-kiosk'));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'signpost-update-'));
const target = 'offers/leicestershire/pack.json';  // the file each broken download spoils
const sha256 = (bytes) => crypto.createHash('sha256').update(bytes).digest('hex');

// Runs without blocking: the server answering it lives in this same process.
function run(binary, args, timeoutMs = 60000) {
  return new Promise((resolve) => {
    const child = spawn(binary, args);
    let stdout = '', stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('close', (status) => { clearTimeout(timer); resolve({ status, stdout, stderr }); });
  });
}
const update = (dir, url) => run(signpost, ['update-content', '--from', url, '--dir', dir]);

// A content root: the repository's content, with `change` applied to a copy.
function contentRoot(name, change) {
  const root = path.join(work, 'roots', name);
  for (const folder of ['offers', 'i18n', 'easyread']) fs.cpSync(path.join(repo, folder), path.join(root, folder), { recursive: true });
  change(root);
  return root;
}
async function bundle(name, root, version) {
  const out = path.join(work, 'served', name);
  const made = await run(signpost, ['bundle', '--out', out, '--root', root, '--version', version]);
  assert.equal(made.status, 0, made.stderr);
  return out;
}

// name -> how to answer a request for a path in that bundle.
const bundles = {};
const requests = [];
let server;
let base;
before(async () => {
  const good = await bundle('good', repo, '2025-06-01');
  const appended = (text) => (root) => fs.appendFileSync(path.join(root, target), text);
  const v2 = await bundle('v2', contentRoot('v2', appended('\n')), '2025-07-01');
  const v3 = await bundle('v3', contentRoot('v3', appended('\n\n')), '2025-08-01');
  // Lint fails, yet every hash in the manifest matches: lint alone must refuse it.
  const broken = path.join(work, 'served', 'broken');
  fs.cpSync(good, broken, { recursive: true });
  const rules = 'offers/leicestershire/rules.json';
  const cut = fs.readFileSync(path.join(broken, rules)).subarray(0, 200);
  fs.writeFileSync(path.join(broken, rules), cut);
  const manifest = JSON.parse(fs.readFileSync(path.join(broken, 'manifest.json'), 'utf8'));
  Object.assign(manifest.files.find((f) => f.path === rules), { sha256: sha256(cut), bytes: cut.length });
  fs.writeFileSync(path.join(broken, 'manifest.json'), JSON.stringify(manifest, null, 2));

  const file = (dir) => (p, res) => send(res, fs.readFileSync(path.join(dir, p)));
  // v2, with one file spoilt in transit (v2: the good bundle's own manifest would be "unchanged").
  const spoilt = (spoil) => (p, res) => (p === target ? spoil(fs.readFileSync(path.join(v2, p)), res) : file(v2)(p, res));
  Object.assign(bundles, {
    good: file(good), v2: file(v2), v3: file(v3), broken: file(broken),
    corrupt: spoilt((bytes, res) => { const b = Buffer.from(bytes); b[10] ^= 0x01; send(res, b); }),
    short: spoilt((bytes, res) => send(res, bytes.subarray(0, bytes.length - 100))),
    // Promises every byte, sends half, then the connection drops.
    dropped: spoilt((bytes, res) => {
      res.writeHead(200, { 'content-length': bytes.length });
      res.write(bytes.subarray(0, bytes.length >> 1), () => res.socket.destroy());
    }),
  });
  server = http.createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    requests.push(url);
    const [, name, ...rest] = url.split('/');
    try {
      if (!bundles[name]) throw new Error('no such bundle');
      bundles[name](rest.join('/'), res);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});
function send(res, bytes) {
  res.writeHead(200, { 'content-length': bytes.length });
  res.end(bytes);
}
after(() => {
  server?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

let dirs = 0;
const fresh = () => path.join(work, 'kiosks', String(++dirs));
const current = (dir) => fs.readlinkSync(path.join(dir, 'current'));
// What a failed update must leave alone: the links, and the bundles kept.
function state(dir) {
  const link = (name) => (fs.existsSync(path.join(dir, name)) ? fs.readlinkSync(path.join(dir, name)) : null);
  return { current: link('current'), previous: link('previous'), bundles: fs.readdirSync(path.join(dir, 'bundles')).sort(),
    others: fs.readdirSync(dir).sort() };
}
async function goodUpdate(dir) {
  const r = await update(dir, `${base}/good/manifest.json`);
  assert.equal(r.status, 0, r.stderr);
  return state(dir);
}
async function lintsClean(dir) {
  const lint = await run(signpost, ['lint', '--root', path.join(dir, 'current')]);
  assert.equal(lint.status, 0, lint.stderr);
  assert.match(lint.stdout, /3 offers, .* 0 errors/);
}

test('a good bundle goes live: current points at it, and its content lints clean', async () => {
  const dir = fresh();
  const r = await update(dir, `${base}/good/manifest.json`);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^content: updated to 2025-06-01 \(bundles\/2025-06-01-[0-9a-f]{12}\)\n$/);
  assert.match(current(dir), /^bundles\/2025-06-01-[0-9a-f]{12}$/);
  const served = path.join(work, 'served/good');
  for (const p of ['manifest.json', target, 'i18n/ur/common.json', 'easyread/pictures/yes.svg'])
    assert.deepEqual(fs.readFileSync(path.join(dir, 'current', p)), fs.readFileSync(path.join(served, p)), p);
  assert.deepEqual(state(dir), { current: current(dir), previous: null, bundles: [path.basename(current(dir))],
    others: ['.update.lock', 'bundles', 'current'] });
  await lintsClean(dir);
});

test('the same bundle again is unchanged, and only its manifest is fetched', async () => {
  const dir = fresh();
  const before = await goodUpdate(dir);
  requests.length = 0;
  const r = await update(dir, `${base}/good/manifest.json`);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^content: unchanged: 2025-06-01 is in use/);
  assert.deepEqual(requests, ['/good/manifest.json']);
  assert.deepEqual(state(dir), before);
});

const refusals = [
  ['a corrupt file (one byte flipped)', 'corrupt',
    new RegExp(`/corrupt/${target}: expected SHA-256 [0-9a-f]{64} \\(manifest\\.json /files/\\d+\\), got [0-9a-f]{64}: a corrupt download`)],
  ['a truncated file', 'short', new RegExp(`/short/${target}: expected \\d+ bytes \\(manifest\\.json /files/\\d+\\), got \\d+: a partial download`)],
  ['a download cut off part-way', 'dropped', new RegExp(`/dropped/${target}: .*\\(manifest\\.json /files/\\d+\\)`)],
  ['a bundle whose offer does not lint, though every hash matches', 'broken',
    /offers\/leicestershire\/rules\.json:\d+:\d+: .*\n(.*\n)*content: refused 2025-06-01: its content has errors and must not go live/],
];
for (const [what, name, why] of refusals) {
  test(`${what} is refused, and the old content still serves`, async () => {
    const dir = fresh();
    const before = await goodUpdate(dir);
    const r = await update(dir, `${base}/${name}/manifest.json`);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, why);
    assert.match(r.stderr, /still on bundles\/2025-06-01-/);
    assert.deepEqual(state(dir), before, 'no link moved, no folder left behind');
    assert.deepEqual(fs.readFileSync(path.join(dir, 'current', target)), fs.readFileSync(path.join(repo, target)));
    await lintsClean(dir);
  });
}

test('with the server down the update is offline and nothing changes', async () => {
  const closed = http.createServer();
  await new Promise((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${closed.address().port}/good/manifest.json`;
  await new Promise((resolve) => closed.close(resolve));

  const dir = fresh();
  const before = await goodUpdate(dir);
  const r = await update(dir, url);
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /content: offline: no answer from http:\/\/127\.0\.0\.1:\d+\/good\/manifest\.json; still on bundles\//);
  assert.deepEqual(state(dir), before);

  const empty = fresh();
  assert.equal((await update(empty, url)).status, 2);
  assert.equal(fs.existsSync(path.join(empty, 'current')), false);
});

test('a newer bundle goes live, the last good one is kept, and older ones go', async () => {
  const dir = fresh();
  const first = (await goodUpdate(dir)).current;
  assert.equal((await update(dir, `${base}/v2/manifest.json`)).status, 0);
  const second = current(dir);
  assert.match(second, /^bundles\/2025-07-01-/);
  assert.deepEqual(state(dir).previous, first);
  assert.deepEqual(state(dir).bundles, [first, second].map((b) => path.basename(b)).sort());
  const r = await update(dir, `${base}/v3/manifest.json`);
  assert.equal(r.status, 0, r.stderr);
  assert.match(current(dir), /^bundles\/2025-08-01-/);
  assert.deepEqual(state(dir).previous, second);
  assert.deepEqual(state(dir).bundles, [second, current(dir)].map((b) => path.basename(b)).sort());
  await lintsClean(dir);
});

test('signpost-kiosk --update-only does the same, when the kiosk is built', { skip: !fs.existsSync(kiosk) && 'no kiosk binary yet' }, async () => {
  const dir = fresh();
  const config = JSON.parse(fs.readFileSync(path.join(repo, 'kiosk/kiosk.json'), 'utf8'));
  config.content = { update_url: `${base}/good/manifest.json`, dir };
  const file = path.join(work, 'kiosk.json');
  fs.writeFileSync(file, JSON.stringify(config));
  const r = await run(kiosk, ['--update-only', '--config', file]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(current(dir), /^bundles\/2025-06-01-/);
  assert.equal((await run(kiosk, ['--update-only', '--config', file])).status, 0);
});
