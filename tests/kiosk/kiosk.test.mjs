// The kiosk in a real window: Xvfb, Mesa's software OpenGL, the real binary.
// Mo's case is walked with the keypad alone in English, Polish and Urdu, with
// speech on; each walk must reach the result (the script expects its heading),
// its screenshots must show a drawn screen, and every language's speech must
// be audible. An idle kiosk must warn, then wipe every answer. Screenshots go
// to build/screenshots/kiosk/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { walkScript } from './walk_script.mjs';
import { inkShare, readPng } from './png.mjs';

const root = new URL('../..', import.meta.url).pathname;
const kiosk = process.env.SIGNPOST_KIOSK || join(root, 'build/native/bin/signpost-kiosk');
const signpost = process.env.SIGNPOST || join(root, 'build/native/bin/signpost');
const shots = join(root, 'build/screenshots/kiosk');
const today = '2026-11-23';
let xvfb;
let display;
let work;

before(async () => {
  mkdirSync(shots, { recursive: true });
  work = mkdtempSync(join(tmpdir(), 'signpost-kiosk-test-'));
  for (let n = 90; n < 120 && !display; n++) {
    if (!existsSync(`/tmp/.X${n}-lock`) && !existsSync(`/tmp/.X11-unix/X${n}`)) display = `:${n}`;
  }
  xvfb = spawn('Xvfb', [display, '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  for (let i = 0; i < 100 && !existsSync(`/tmp/.X11-unix/X${display.slice(1)}`); i++) await new Promise((r) => setTimeout(r, 50));
  assert.ok(existsSync(`/tmp/.X11-unix/X${display.slice(1)}`), `Xvfb did not start on ${display}`);
});

after(() => {
  if (xvfb) xvfb.kill();
  if (work) rmSync(work, { recursive: true, force: true });
});

// kiosk/kiosk.json, with prints saved in the test's own folder (and any changes given).
let configChanges = {};
function testConfig() {
  const config = { ...JSON.parse(readFileSync(join(root, 'kiosk/kiosk.json'), 'utf8')), ...configChanges };
  config.print = { printer: '', folder: join(work, 'prints') };
  const file = join(work, 'kiosk.json');
  writeFileSync(file, JSON.stringify(config));
  return file;
}

function runKiosk(name, lines, extra = []) {
  const script = join(work, `${name}.script`);
  writeFileSync(script, lines.join('\n') + '\n');
  const env = { ...process.env, DISPLAY: display, LIBGL_ALWAYS_SOFTWARE: '1', SDL_AUDIODRIVER: 'dummy' };
  return new Promise((resolve) => {
    const child = spawn(kiosk, ['--config', testConfig(), '--script', script, '--screenshot-dir', shots,
      '--exit-after-script', '--today', today, ...extra], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), 120000);
    child.on('close', (code) => { clearTimeout(timer); resolve({ code, stderr }); });
  });
}

function words(locale, catalog, key) {
  return JSON.parse(readFileSync(join(root, 'i18n', locale, `${catalog}.json`), 'utf8')).messages[key];
}

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
    const speech = join(work, `speech-${locale}`);
    mkdirSync(speech, { recursive: true });
    const lines = walkScript({ signpost, offer: 'leicestershire', answersFile: join(root, 'tests/cases/mo.json'), answers: mo, today,
      locale, screenshotPrefix: `mo-${locale}` });
    // Speech on from the start, as a person with headphones would.
    lines.splice(1, 0, 'key speech');
    lines.push(`expect ${words(locale, 'common', 'result.heading')}`);
    // The services that suit Mo are on the kiosk's result too, as the CLI lists them.
    const found = JSON.parse(execFileSync(signpost, ['check', '--offer', 'leicestershire', '--answers', join(root, 'tests/cases/mo.json'),
      '--today', today, '--format', 'json', '--locale', locale], { encoding: 'utf8' }));
    assert.ok(found.services.length > 0);
    lines.push(`expect ${found.services[0].name}`);
    // On the result the focus starts at "Print my result", at the top; with no printer set, the PDF is saved for staff.
    lines.push('key enter', `expect ${words(locale, 'kiosk', 'kiosk.take_away.saved')}`, `screenshot mo-${locale}-printed`);
    const { code, stderr } = await runKiosk(`mo-${locale}`, lines, ['--speech-capture', speech]);
    assert.equal(code, 0, stderr);
    for (const shot of ['start', 'check', 'result', 'printed']) assertDrawn(`mo-${locale}-${shot}`);
    const pdfs = readdirSync(join(work, 'prints')).filter((f) => f.startsWith('signpost-result-'));
    assert.ok(pdfs.length >= 1 && readFileSync(join(work, 'prints', pdfs[0])).toString('latin1', 0, 5) === '%PDF-', `no printout: ${pdfs}`);
    rmSync(join(work, 'prints'), { recursive: true, force: true });
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
    'key enter', 'key down', 'key down', 'key down', 'key enter', // "Yes", Continue
    'idle 91', 'screenshot idle-warning', `expect ${en('kiosk.idle.more_time')}`,
    'idle 31', 'screenshot idle-wiped', `expect ${en('kiosk.attract.touch')}`,
    'locale en-GB', 'key enter',
    // On the first question again, nothing is picked: the answer went with the wipe.
    'expect Yes, not selected',
  ];
  const { code, stderr } = await runKiosk('idle', lines);
  assert.equal(code, 0, stderr);
  assertDrawn('idle-warning');
  assertDrawn('idle-wiped');
});

test('"I need more time" keeps the answers', async () => {
  const lines = [
    'locale en-GB', 'key enter', 'key enter', 'key down', 'key down', 'key down', 'key enter',
    'idle 95', 'key enter', // the warning's first button: I need more time
    'key back', 'expect Yes, selected',
  ];
  const { code, stderr } = await runKiosk('more-time', lines);
  assert.equal(code, 0, stderr);
});

test('easy read, turned on from the tools with the keypad, shows each sentence with its picture', async () => {
  // On the first question: Yes, No, I'm not sure, Continue, then the tools: Language, Easy read.
  const lines = ['locale en-GB', 'key enter', 'key down', 'key down', 'key down', 'key down', 'key down', 'key enter',
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
  const { code: again } = await runKiosk('drag-start', ['locale en-GB', 'drag 960 600 -400', 'key enter', 'expect Yes, not selected']);
  assert.equal(again, 0, 'after a drag, Enter still starts the check from the start screen');
});

test('with the keypad alone, a date is typed on the on-screen keys', async () => {
  // Enter opens the Day box and puts the focus on the keys, digits first (1 2 3 ... 0).
  const lines = ['locale en-GB', 'key enter', 'key enter', 'key down', 'key down', 'key down', 'key enter',
    'key enter', 'key enter', 'key down', 'key down', 'key down', 'key enter', 'screenshot keypad-date', 'key back',
    'expect Day, text box. 14'];
  const { code, stderr } = await runKiosk('keypad-date', lines);
  assert.equal(code, 0, stderr);
  assertDrawn('keypad-date');
});

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
    const source = join(work, `${name}-root`);
    for (const folder of ['offers', 'i18n', 'easyread']) cpSync(join(root, folder), join(source, folder), { recursive: true });
    const catalog = join(source, 'i18n/en-GB/leicestershire.json');
    const words = JSON.parse(readFileSync(catalog, 'utf8'));
    words.messages['offer.name'] = offerName;
    writeFileSync(catalog, JSON.stringify(words, null, 2));
    execFileSync(signpost, ['bundle', '--root', source, '--out', join(work, 'site', name), '--version', version]);
  };
  bundle('good', 'Short breaks in Leicestershire, from the update', '2026-11-01');
  bundle('bad', 'Short breaks in Leicestershire, corrupted', '2026-11-02');
  const corrupted = join(work, 'site/bad/i18n/en-GB/leicestershire.json');
  writeFileSync(corrupted, readFileSync(corrupted, 'utf8').replace('corrupted', 'corruptes'));
  const server = createServer((req, res) => {
    const file = join(work, 'site', decodeURIComponent(req.url.split('?')[0]));
    if (!file.startsWith(join(work, 'site')) || !existsSync(file)) { res.writeHead(404).end(); return; }
    res.writeHead(200).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const site = `http://127.0.0.1:${server.address().port}`;
  const content = join(work, 'content');
  const updateOnly = (name) => new Promise((resolve) => {
    configChanges = { content: { update_url: `${site}/${name}/manifest.json`, dir: content } };
    const child = spawn(kiosk, ['--update-only', '--config', testConfig()], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('close', (code) => resolve({ code, stderr }));
  });
  try {
    const good = await updateOnly('good');
    assert.equal(good.code, 0, good.stderr);
    // English only on the attract screen, so the words looked for are on show whatever the machine's speed.
    configChanges = { content: { update_url: '', dir: content }, attract_locales: ['en-GB'] };
    let run = await runKiosk('updated', ['expect Short breaks in Leicestershire, from the update', 'screenshot updated-attract']);
    assert.equal(run.code, 0, run.stderr);
    const bad = await updateOnly('bad');
    assert.equal(bad.code, 1, `a corrupt bundle must be refused: ${bad.stderr}`);
    assert.match(bad.stderr, /SHA-256/);
    configChanges = { content: { update_url: '', dir: content }, attract_locales: ['en-GB'] };
    run = await runKiosk('after-refusal', ['expect Short breaks in Leicestershire, from the update']);
    assert.equal(run.code, 0, run.stderr);
  } finally {
    configChanges = {};
    server.close();
  }
});

test('a kiosk.json naming a key no keyboard has is refused, with where it is', async () => {
  const config = JSON.parse(readFileSync(join(root, 'kiosk/kiosk.json'), 'utf8'));
  config.keys.up = ['Up', 'Keypad Eight'];
  const file = join(work, 'misspelt.json');
  writeFileSync(file, JSON.stringify(config));
  const result = await new Promise((resolve) => {
    const child = spawn(kiosk, ['--config', file], { env: { ...process.env, DISPLAY: display }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('close', (code) => resolve({ code, stderr }));
  });
  assert.equal(result.code, 2);
  assert.match(result.stderr, /misspelt\.json: \/keys\/up\/1: no key is named "Keypad Eight"/);
});
