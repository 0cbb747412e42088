// The WebAssembly module's own contract (web/src/web_main.cpp), called in the
// browser as the page calls it: a fresh instance from the loader and the bytes
// the page serves. It asks for its offer's content before anything else; it
// answers a screen with its HTML and what the page needs around it; and it
// carries this check's record (what anonymous counts would send) only on the
// result, and only when the council collects counts.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, ready, startServer, wholeCheck } from './harness.mjs';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.stop();
});

// A fresh module in the page, and a way to call it: view(request) gives the
// parsed response, add(path) hands over a file as the page would (or the
// text given instead).
async function freshModule(page) {
  await page.evaluate(async () => {
    const bytes = await (await fetch('signpost.wasm')).arrayBuffer();
    const core = await window.createSignpost({ wasm: bytes });
    const call = (fn, texts) => {
      const ptrs = texts.map((text) => {
        const size = core.lengthBytesUTF8(text) + 1;
        const ptr = core._malloc(size);
        core.stringToUTF8(text, ptr, size);
        return ptr;
      });
      const out = fn(...ptrs);
      ptrs.forEach((p) => core._free(p));
      return out;
    };
    window.moduleUnderTest = {
      view: (request) => JSON.parse(core.UTF8ToString(call(core._signpost_view, [JSON.stringify(request)]))),
      add: async (path, text) => call(core._signpost_add_content, [path, text ?? await (await fetch(path)).text()]),
    };
  });
  return {
    view: (request) => page.evaluate((r) => window.moduleUnderTest.view(r), request),
    add: (path, text) => page.evaluate(([p, t]) => window.moduleUnderTest.add(p, t), [path, text]),
  };
}

test('the module asks for its offer\'s content first, then answers each screen, with the record only on the result when counts are on', async () => {
  const page = await open(browser, server.url);
  await ready(page);
  await wholeCheck(page);
  const atResult = await page.evaluate(() => location.hash.slice(1));
  const core = await freshModule(page);
  const today = new Date().toISOString().slice(0, 10);
  const base = { offer: 'leicestershire', today, accept: ['en-GB'] };

  assert.deepEqual(await core.view(base), { need: ['content/leicestershire.json'] });
  assert.equal(await core.add('content/leicestershire.json'), 1);
  assert.equal(await core.add('content/../pack.json', '{}'), 0, 'not a content path: refused');
  assert.equal(await core.add('i18n/pl/common.json', '{"messages": '), 0, 'words that do not read: refused');

  const start = await core.view({ ...base, counts: true });
  assert.equal(start.screen, 'start');
  assert.equal(start.lang, 'en-GB');
  assert.match(start.html, /data-event="start"/);
  assert.ok(!('record' in start), 'no record on the start page, counts or not');

  const question = await core.view({ ...base, counts: true, event: { event: 'start' } });
  assert.equal(question.screen, 'question');
  assert.ok(!('record' in question), 'no record on a question');

  const quiet = await core.view({ ...base, fragment: atResult });
  assert.equal(quiet.screen, 'result');
  assert.ok(!('record' in quiet), 'no record on the result when the council collects no counts');

  const counted = await core.view({ ...base, fragment: atResult, counts: true });
  assert.equal(counted.screen, 'result');
  assert.equal(counted.record.offer, 'leicestershire');
  assert.equal(counted.record.format, 'signpost-check');
  assert.match(counted.html, /data-counts/, 'the result asks the family');
  assert.doesNotMatch(quiet.html, /data-counts/, 'and only when counts are on');

  assert.ok('failure' in (await core.view({ ...base, today: 'not a date' })), 'a request without a date fails, saying so');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('each offer\'s content file brings the English words the module needs, and none of the statement\'s', async () => {
  for (const offer of ['leicestershire', 'wakefield', 'dorset']) {
    const { files } = await (await fetch(`${server.url}content/${offer}.json`)).json();
    const common = JSON.parse(files['i18n/en-GB/common.json']);
    assert.equal(common.messages['page.title'], '{page} \u2013 {service}', offer);
    for (const [path, text] of Object.entries(files).filter(([p]) => p.startsWith('i18n/'))) {
      const words = JSON.parse(text);
      const keys = [...Object.keys(words.messages ?? {}), ...Object.keys(words['young-person'] ?? {})];
      assert.ok(keys.length > 0, path);
      assert.deepEqual(keys.filter((k) => k.startsWith('statement.')), [], `${path}: the statement's words stay out`);
    }
  }
});
