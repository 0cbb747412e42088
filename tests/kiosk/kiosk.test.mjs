// The kiosk in a real window: Xvfb, SDL's software renderer, the real binary.
// Mo's case is walked with the keypad alone in English, Polish and Urdu, with
// speech on; each walk must reach the result (the script expects its heading),
// its screenshots must show a drawn screen, and every language's speech must
// be audible. An idle kiosk must warn, then wipe every answer. Screenshots go
// to build/screenshots/kiosk/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { walkScript } from './walk_script.mjs';
import { inkShare, readPng } from './png.mjs';
import { KioskHarness, codeLines, easyWords, kioskBinary as kiosk, root, shots, words } from './kiosk_harness.mjs';

const signpost = process.env.SIGNPOST || join(root, 'build/native/bin/signpost');
const today = '2026-11-23';
const harness = new KioskHarness(today);

before(() => harness.start());
after(() => harness.stop());

const runKiosk = (name, lines, extra) => harness.run(name, lines, extra);
const testConfig = () => harness.config();

// The first question, who is doing the check: a parent or carer (the first answer), then Continue.
const asParent = ['key enter', 'key down', 'key down', 'key enter'];

function assertDrawn(file) {
  const stats = inkShare(readPng(join(shots, `${file}.png`)));
  assert.ok(stats.ink > 0.02 && stats.colours > 20, `${file}.png looks blank: ${JSON.stringify(stats)}`);
  return stats;
}

function rmsOfWav(file) {
  const data = readFileSync(file);
  assert.equal(data.toString('latin1', 0, 4), 'RIFF', `${file} is not a WAV file`);
  let at = 12, sum = 0, n = 0;
  while (at < data.length) {
    const id = data.toString('latin1', at, at + 4), size = data.readUInt32LE(at + 4);
    if (id === 'data') {
      for (let i = at + 8; i + 1 < at + 8 + size && i + 1 < data.length; i += 2) { const s = data.readInt16LE(i); sum += s * s; n++; }
    }
    at += 8 + size + (size & 1);
  }
  return { rms: n ? Math.sqrt(sum / n) : 0, seconds: n / 22050 };
}

const mo = JSON.parse(readFileSync(join(root, 'tests/cases/mo.json'), 'utf8'));

for (const locale of ['en-GB', 'pl', 'ur']) {
  test(`Mo's case walked with the keypad in ${locale} reaches the result, drawn and spoken`, async () => {
    const speech = join(harness.work, `speech-${locale}`);
    mkdirSync(speech, { recursive: true });
    const lines = walkScript({ signpost, offer: 'leicestershire', answersFile: join(root, 'tests/cases/mo.json'), answers: mo, today,
      locale, screenshotPrefix: `mo-${locale}` });
    // Speech on from the start, as a person with headphones would.
    lines.splice(1, 0, 'key speech');
    lines.push(`expect ${words(locale, 'common', 'result.heading')}`);
    // What to do now heads the result, with First Response's published number; the code to carry on ends it.
    const found = JSON.parse(execFileSync(signpost, ['check', '--offer', 'leicestershire', '--answers', join(root, 'tests/cases/mo.json'),
      '--today', today, '--format', 'json', '--locale', locale], { encoding: 'utf8' }));
    const ask = found.outcomes.find((o) => o.status === 'assessment').ask;
    lines.push(`expect ${words(locale, 'common', 'result.todo.heading')}`, `expect ${ask.phone}`,
      `expect ${words(locale, 'common', 'resume.code.label')}`);
    // On the result the focus starts at "Print my result", at the top; with no printer set, the PDF is saved for staff.
    lines.push('key enter', `expect ${words(locale, 'kiosk', 'kiosk.take_away.saved')}`, `screenshot mo-${locale}-printed`);
    // The request for an assessment, opened, prints as letters: the family's language, then English.
    lines.push(`press + ${words(locale, 'common', 'request.heading')}`, `press ${words(locale, 'common', 'request.letter')}`,
      `screenshot mo-${locale}-letter`);
    const { code, stderr } = await runKiosk(`mo-${locale}`, lines, ['--speech-capture', speech]);
    assert.equal(code, 0, stderr);
    for (const shot of ['start', 'check', 'result', 'printed', 'letter']) assertDrawn(`mo-${locale}-${shot}`);
    const prints = readdirSync(harness.prints).filter((f) => f.startsWith('signpost-result-')).sort()
      .map((f) => readFileSync(join(harness.prints, f)).toString('latin1'));
    assert.equal(prints.length, 2, 'the result, then the letter');
    for (const pdf of prints) assert.equal(pdf.slice(0, 5), '%PDF-');
    const pages = (pdf) => (pdf.match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.equal(pages(prints[1]), locale === 'en-GB' ? 1 : 2, 'one page a letter: the family\'s language and English');
    console.log(`kiosk ${locale}: result printout ${pages(prints[0])} pages, letter ${pages(prints[1])} pages`);
    rmSync(harness.prints, { recursive: true, force: true });
    const wavs = readdirSync(speech).filter((f) => f.endsWith(`-${locale}.wav`));
    assert.ok(wavs.length >= 10, `expected speech for every screen and focus move, got ${wavs.length} files`);
    const loud = wavs.map((f) => rmsOfWav(join(speech, f)));
    assert.ok(loud.every((w) => w.rms > 300 && w.seconds > 0.2), `silent speech in ${locale}: ${JSON.stringify(loud.slice(0, 5))}`);
  });
}

test('an idle kiosk warns with a countdown, then wipes every answer and shows the attract screen', async () => {
  const en = (key) => words('en-GB', 'kiosk', key);
  const lines = [
    'locale en-GB', 'key enter', // start
    ...asParent, // who is doing the check
    'key enter', 'key down', 'key down', 'key down', 'key enter', // "Yes", Continue
    'idle 91', 'screenshot idle-warning', `expect ${en('kiosk.idle.more_time')}`,
    'idle 31', 'screenshot idle-wiped', `expect ${en('kiosk.attract.touch')}`,
    'locale en-GB', 'key enter',
    // On the first question again, nothing is picked: the answer went with the wipe.
    'expect I am a parent or carer, not selected',
  ];
  const { code, stderr } = await runKiosk('idle', lines);
  assert.equal(code, 0, stderr);
  assertDrawn('idle-warning');
  assertDrawn('idle-wiped');
});

test('"I need more time" keeps the answers', async () => {
  const lines = [
    'locale en-GB', 'key enter', ...asParent, 'key enter', 'key down', 'key down', 'key down', 'key enter',
    'idle 95', 'key enter', // the warning's first button: I need more time
    'key back', 'expect Yes, selected',
  ];
  const { code, stderr } = await runKiosk('more-time', lines);
  assert.equal(code, 0, stderr);
});

test('easy read, turned on from the tools with the keypad, shows each sentence with its picture', async () => {
  // On the first question: the two answers, Continue, then the tools: Language, Easy read.
  const lines = ['locale en-GB', 'key enter', 'key down', 'key down', 'key down', 'key down', 'key enter',
    'screenshot easy-read-question'];
  const { code, stderr } = await runKiosk('easy-read', lines);
  assert.equal(code, 0, stderr);
  const stats = assertDrawn('easy-read-question');
  // The pictures bring their own colours (a teal fill) to an otherwise grey and yellow screen.
  const png = readPng(join(shots, 'easy-read-question.png'));
  let teal = 0;
  for (let i = 0; i < png.width * png.height; i++) {
    const [r, g, b] = [png.pixels[i * png.channels], png.pixels[i * png.channels + 1], png.pixels[i * png.channels + 2]];
    if (Math.abs(r - 0x2a) < 12 && Math.abs(g - 0x8c) < 12 && Math.abs(b - 0xa3) < 12) teal++;
  }
  assert.ok(teal > 50, `no picture drawn (${teal} teal pixels; ${JSON.stringify(stats)})`);
});

test('a finger that moves scrolls the screen, and presses nothing', async () => {
  const lines = ['locale en-GB', 'screenshot before-drag', 'drag 960 600 -400', 'screenshot after-drag', 'expect Start now, button',
    'expect Check what short breaks your family can get'];
  const { code, stderr } = await runKiosk('drag', lines);
  assert.equal(code, 0, stderr);
  const before = readPng(join(shots, 'before-drag.png')), after = readPng(join(shots, 'after-drag.png'));
  assert.ok(!before.pixels.equals(after.pixels), 'the drag did not scroll the start screen');
  // Still the start screen: the drag began over its text and pressed nothing.
  const { code: again } = await runKiosk('drag-start', ['locale en-GB', 'drag 960 600 -400', 'key enter', 'expect I am a parent or carer, not selected']);
  assert.equal(again, 0, 'after a drag, Enter still starts the check from the start screen');
});

// Ink in a band of a screenshot's rows: the share of pixels far from white.
function inkIn(file, fromRow, toRow) {
  const png = readPng(join(shots, `${file}.png`));
  let ink = 0;
  for (let y = fromRow; y < toRow; y++) {
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * png.channels;
      if (png.pixels[i] + png.pixels[i + 1] + png.pixels[i + 2] < 300) ink++;
    }
  }
  return ink / ((toRow - fromRow) * png.width);
}

test('with the keypad alone, a date is typed on a numeric keypad, the question in view above it', async () => {
  // Enter opens the Day box and puts the focus on the keys: 1 2 3, 4 5 6, 7 8 9, then Delete 0 Done.
  const lines = ['locale en-GB', 'key enter', ...asParent, 'key enter', 'key down', 'key down', 'key down', 'key enter',
    'key enter', 'key enter', 'key down', 'key down', 'key down', 'key enter', 'screenshot keypad-date', 'key back',
    'expect Day, text box. 14',
    // The year, the last box: the screen scrolls only as far as it must, so the question stays above it.
    'key down', 'key enter', 'type 5', 'key back', 'key down', 'key enter', 'type 2017', 'screenshot keypad-year',
    // Done, the last key, leaves the box as Back does.
    ...Array.from({ length: 11 }, () => 'key down'), 'key enter', 'expect Year, text box. 2017',
    // Back at the box, the next stop is Continue: the date is sent and the next question comes.
    'key down', 'key enter', `expect ${words('en-GB', 'leicestershire', 'question.disability.option.unknown')}`];
  const { code, stderr } = await runKiosk('keypad-date', lines);
  assert.equal(code, 0, stderr);
  for (const shot of ['keypad-date', 'keypad-year']) {
    assertDrawn(shot);
    // The question's heading is drawn in the top fifth of the screen, above the box and the keys.
    assert.ok(inkIn(shot, 100, 220) > 0.01, `${shot}: no question heading near the top (${inkIn(shot, 100, 220)})`);
  }
});

test('a postcode is typed on digits and letters, the question in view above them', async () => {
  const lines = walkScript({ signpost, offer: 'leicestershire', answersFile: join(root, 'tests/cases/mo.json'), answers: mo, today,
    locale: 'en-GB', screenshotPrefix: 'postcode' });
  const typed = lines.indexOf('type LE11');
  assert.ok(typed > 0, 'the walk types a postcode');
  const { code, stderr } = await runKiosk('keypad-postcode', [...lines.slice(0, typed + 1), 'screenshot keypad-postcode', 'expect Done',
    'key back', 'expect LE11']);
  assert.equal(code, 0, stderr);
  assertDrawn('keypad-postcode');
  assert.ok(inkIn('keypad-postcode', 100, 220) > 0.01, 'no question heading near the top');
});

// Urdu and Bengali easy read, for a young person checking for herself: Mia,
// 16, carries her answers to the kiosk by code. The first question and her
// result are drawn with each sentence beside its picture, shaped and in its
// script (right to left in Urdu), spoken in the language, and say "you".
for (const locale of ['ur', 'bn']) {
  test(`easy read in ${locale}, in the young person's voice: drawn with pictures and spoken`, async () => {
    const code = execFileSync(signpost, ['walk', '--offer', 'leicestershire', '--answers', join(root, 'tests/cases/mia-herself.json'), '--today', today],
      { encoding: 'utf8' }).trim().split('\n').map((l) => JSON.parse(l)).pop().elements.find((e) => e.type === 'resume-code').code;
    const easy = (key) => easyWords(locale, 'common', key);
    const speech = join(harness.work, `speech-easy-${locale}`);
    mkdirSync(speech, { recursive: true });
    const lines = [`locale ${locale}`, 'key speech', 'key enter', `press ${words(locale, 'common', 'easyread.switch')}`,
      `screenshot easy-${locale}-question`, `expect ${easy('question.who.title')}`, 'key back',
      ...codeLines(easy, code), `expect ${easy('result.heading')}`,
      `expect ${easyWords(locale, 'common', 'result.advice.heading', 'young-person').split(' ').slice(0, 3).join(' ')}`,
      `screenshot easy-${locale}-result`];
    const { code: exit, stderr } = await runKiosk(`easy-${locale}`, lines, ['--speech-capture', speech]);
    assert.equal(exit, 0, stderr);
    for (const shot of ['question', 'result']) {
      const stats = assertDrawn(`easy-${locale}-${shot}`);
      const png = readPng(join(shots, `easy-${locale}-${shot}.png`));
      let teal = 0;
      for (let i = 0; i < png.width * png.height; i++) {
        const [r, g, b] = [png.pixels[i * png.channels], png.pixels[i * png.channels + 1], png.pixels[i * png.channels + 2]];
        if (Math.abs(r - 0x2a) < 12 && Math.abs(g - 0x8c) < 12 && Math.abs(b - 0xa3) < 12) teal++;
      }
      assert.ok(teal > 50, `${locale} ${shot}: no picture drawn (${teal} teal pixels; ${JSON.stringify(stats)})`);
    }
    const wavs = readdirSync(speech).filter((f) => f.endsWith(`-${locale}.wav`));
    assert.ok(wavs.length >= 3, `expected speech in ${locale}, got ${wavs.length} files`);
    const loud = wavs.map((f) => rmsOfWav(join(speech, f)));
    assert.ok(loud.every((w) => w.rms > 300 && w.seconds > 0.2), `silent speech in ${locale}: ${JSON.stringify(loud.slice(0, 5))}`);
    console.log(`kiosk easy read ${locale}: ${wavs.length} spoken passages, screenshots easy-${locale}-question.png and easy-${locale}-result.png`);
  });
}

test('portrait: Urdu reads right to left at 1080 by 1920', async () => {
  const lines = ['locale ur', 'key enter', 'screenshot ur-portrait-question', 'key help', 'screenshot ur-portrait-help'];
  const { code, stderr } = await runKiosk('portrait', lines, ['--window', '1080x1920']);
  assert.equal(code, 0, stderr);
  const png = readPng(join(shots, 'ur-portrait-question.png'));
  assert.deepEqual([png.width, png.height], [1080, 1920]);
  assertDrawn('ur-portrait-question');
});

test('a content update goes live in the kiosk; a corrupt one is refused and the kiosk still serves the last good one', async () => {
  // Two bundles of the real content, each naming the offer differently; the second is corrupted after its manifest was made.
  const bundle = (name, offerName, version) => {
    const source = join(harness.work, `${name}-root`);
    for (const folder of ['offers', 'i18n', 'easyread']) cpSync(join(root, folder), join(source, folder), { recursive: true });
    const catalog = join(source, 'i18n/en-GB/leicestershire.json');
    const words = JSON.parse(readFileSync(catalog, 'utf8'));
    words.messages['offer.name'] = offerName;
    writeFileSync(catalog, JSON.stringify(words, null, 2));
    execFileSync(signpost, ['bundle', '--root', source, '--out', join(harness.work, 'site', name), '--version', version]);
  };
  bundle('good', 'Short breaks in Leicestershire, from the update', '2026-11-01');
  bundle('bad', 'Short breaks in Leicestershire, corrupted', '2026-11-02');
  const corrupted = join(harness.work, 'site/bad/i18n/en-GB/leicestershire.json');
  writeFileSync(corrupted, readFileSync(corrupted, 'utf8').replace('corrupted', 'corruptes'));
  const server = createServer((req, res) => {
    const file = join(harness.work, 'site', decodeURIComponent(req.url.split('?')[0]));
    if (!file.startsWith(join(harness.work, 'site')) || !existsSync(file)) { res.writeHead(404).end(); return; }
    res.writeHead(200).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const site = `http://127.0.0.1:${server.address().port}`;
  const content = join(harness.work, 'content');
  const updateOnly = (name) => new Promise((resolve) => {
    harness.configChanges = { content: { update_url: `${site}/${name}/manifest.json`, dir: content } };
    const child = spawn(kiosk, ['--update-only', '--config', testConfig()], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('close', (code) => resolve({ code, stderr }));
  });
  try {
    const good = await updateOnly('good');
    assert.equal(good.code, 0, good.stderr);
    // English only on the attract screen, so the words looked for are on show whatever the machine's speed.
    harness.configChanges = { content: { update_url: '', dir: content }, attract_locales: ['en-GB'] };
    let run = await runKiosk('updated', ['expect Short breaks in Leicestershire, from the update', 'screenshot updated-attract']);
    assert.equal(run.code, 0, run.stderr);
    const bad = await updateOnly('bad');
    assert.equal(bad.code, 1, `a corrupt bundle must be refused: ${bad.stderr}`);
    assert.match(bad.stderr, /SHA-256/);
    harness.configChanges = { content: { update_url: '', dir: content }, attract_locales: ['en-GB'] };
    run = await runKiosk('after-refusal', ['expect Short breaks in Leicestershire, from the update']);
    assert.equal(run.code, 0, run.stderr);
  } finally {
    harness.configChanges = {};
    server.close();
  }
});

test('a kiosk.json naming a key no keyboard has is refused, with where it is', async () => {
  const config = JSON.parse(readFileSync(join(root, 'kiosk/kiosk.json'), 'utf8'));
  config.keys.up = ['Up', 'Keypad Eight'];
  const file = join(harness.work, 'misspelt.json');
  writeFileSync(file, JSON.stringify(config));
  const result = await new Promise((resolve) => {
    const child = spawn(kiosk, ['--config', file], { env: { ...process.env, DISPLAY: harness.display }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('close', (code) => resolve({ code, stderr }));
  });
  assert.equal(result.code, 2);
  assert.match(result.stderr, /misspelt\.json: \/keys\/up\/1: no key is named "Keypad Eight"/);
});

// The result's layout: a landscape screen keeps the tools in a column at the
// end of the reading direction, so the family's content has the full height;
// a portrait screen keeps them below. Both are kept for people to look at.
for (const [name, window] of [['landscape', '1920x1080'], ['portrait', '1080x1920']]) {
  test(`Mo's result on a ${name} screen (${window})`, async () => {
    const lines = walkScript({ signpost, offer: 'leicestershire', answersFile: join(root, 'tests/cases/mo.json'), answers: mo, today,
      locale: 'en-GB', screenshotPrefix: `mo-${name}` });
    lines.push(`expect ${words('en-GB', 'common', 'result.todo.heading')}`, `expect ${words('en-GB', 'kiosk', 'kiosk.tools.help')}`);
    const { code, stderr } = await runKiosk(`mo-${name}`, lines, ['--window', window]);
    assert.equal(code, 0, stderr);
    const png = readPng(join(shots, `mo-${name}-result.png`));
    assert.deepEqual([png.width, png.height], window.split('x').map(Number));
    // The border between the screen and the tools: a vertical line in landscape, a horizontal one in portrait.
    const dark = (x, y) => { const i = (y * png.width + x) * png.channels; return png.pixels[i] + png.pixels[i + 1] + png.pixels[i + 2] < 3 * 200; };
    const column = (x) => Array.from({ length: png.height }, (_, y) => dark(x, y)).filter(Boolean).length / png.height;
    const row = (y) => Array.from({ length: png.width }, (_, x) => dark(x, y)).filter(Boolean).length / png.width;
    const best = (n, share) => Math.max(...Array.from({ length: n }, (_, i) => share(i)));
    if (name === 'landscape') assert.ok(best(png.width, column) > 0.95, 'no full-height line between the screen and its tools column');
    else assert.ok(best(png.height, row) > 0.95, 'no full-width line above the tools');
    assertDrawn(`mo-${name}-result`);
  });
}

test('a code from the web checker reaches the same result on the kiosk, which shows the same code', async () => {
  const code = execFileSync(signpost, ['walk', '--offer', 'leicestershire', '--answers', join(root, 'tests/cases/mo.json'), '--today', today],
    { encoding: 'utf8' }).trim().split('\n').map((l) => JSON.parse(l)).pop().elements.find((e) => e.type === 'resume-code').code;
  assert.match(code, /^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{1,5}$/);
  const en = (key, catalog = 'common') => words('en-GB', catalog, key);
  // A code cut short first: its error says how long a code is; then the whole code, typed in small letters.
  const lines = ['locale en-GB', ...codeLines(en, '7K2M9'),
    `expect ${en('resume.error.length').replace('{count, number}', String(code.replace(/-/g, '').length))}`, 'screenshot code-error',
    `press ${en('code.label')}`, ...Array(5).fill(`press ${en('kiosk.keyboard.delete', 'kiosk')}`),
    `type ${code.toLowerCase()}`, 'key back', `press ${en('button.continue')}`,
    `expect ${en('result.heading')}`, `expect ${code}`, 'screenshot code-result'];
  const { code: exit, stderr } = await runKiosk('code', lines);
  assert.equal(exit, 0, stderr);
  assertDrawn('code-result');
});
