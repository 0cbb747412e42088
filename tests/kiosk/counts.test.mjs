// Counts of demand at the kiosk, end to end: 30 families use a real kiosk
// under Xvfb, each carrying its answers by code, some in Polish or Urdu, some
// in easy read, from several districts. Each reaches its result and presses
// Finish. Staff then export the counts (signpost-kiosk --export-counts) and
// make the commissioning report (signpost report). The report's totals must be
// the 30 families' own, cell by cell, with every cell under 5 suppressed; and
// neither the kiosk's counts file nor the export may hold anything of a family
// (a date of birth, an answer that is not counted).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KioskHarness, codeLines, easyWords, kioskBinary as kiosk, root, words } from './kiosk_harness.mjs';

const signpost = process.env.SIGNPOST || join(root, 'build/native/bin/signpost');
const today = '2026-11-23';
const harness = new KioskHarness(today);

before(() => harness.start());
after(() => harness.stop());


// Thirty families from the Leicestershire cases, each with its own district
// (most from two, so that some cells are 5 or more and some are not),
// language and reading mode.
function families() {
  const cases = ['mo', 'jack', 'taylor', 'melody', 'mia', 'mia-herself'];
  const places = ['LE11', 'LE12', 'LE11', 'LE12', 'LE65', 'LE11', 'LE16', 'LE12', 'charnwood', 'LE67'];
  return Array.from({ length: 30 }, (_, i) => {
    const answers = JSON.parse(readFileSync(join(root, 'tests/cases', `${cases[i % cases.length]}.json`), 'utf8'));
    answers.postcode_district = places[i % places.length];
    return { answers, locale: i % 5 === 1 ? 'pl' : i % 7 === 3 ? 'ur' : 'en-GB', easy: i % 6 === 2 };
  });
}

// What a check adds to the counts, as the core computes it (signpost check --format record).
function recordOf(file, family) {
  const args = ['check', '--offer', 'leicestershire', '--answers', file, '--today', today, '--format', 'record', '--locale', family.locale];
  return JSON.parse(execFileSync(signpost, family.easy ? [...args, '--easy-read'] : args, { encoding: 'utf8' }));
}

function codeOf(file) {
  const screens = execFileSync(signpost, ['walk', '--offer', 'leicestershire', '--answers', file, '--today', today], { encoding: 'utf8' })
    .trim().split('\n').map((l) => JSON.parse(l));
  return screens.pop().elements.find((e) => e.type === 'resume-code').code;
}

// The counts the families' records add up to: one map of cells for each part of a day.
function expectedCells(records) {
  const add = (map, key) => { map[key] = (map[key] || 0) + 1; };
  const day = { checks: records.length, outcomes: {}, areas: {}, languages: {}, easy_read: {}, voices: {}, gaps: {} };
  for (const r of records) {
    for (const [route, status] of Object.entries(r.outcomes)) add(day.outcomes[route] ||= {}, status);
    add(day.areas, r.area);
    add(day.languages, r.locale);
    add(day.easy_read, r.easy_read ? 'on' : 'off');
    add(day.voices, r.voice || 'not-said');
    for (const need of r.gaps) add(day.gaps[need] ||= {}, r.area);
  }
  return day;
}

// The export's rule, written again here: under 5 is "fewer than 5"; where a
// day's cells add up to its checks and only one is small, the smallest other
// is "5 or more", so the small one cannot be found by subtraction.
const shown = (n) => (n >= 5 ? n : 'fewer than 5');
function partition(cells) {
  const out = Object.fromEntries(Object.entries(cells).map(([k, n]) => [k, shown(n)]));
  const small = Object.values(cells).filter((n) => n < 5).length;
  const big = Object.entries(cells).filter(([, n]) => n >= 5).sort((a, b) => a[1] - b[1]);
  if (small === 1 && big.length) out[big[0][0]] = '5 or more';
  return out;
}
function suppressed(day) {
  const map = (o, f) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)]));
  return { checks: shown(day.checks), outcomes: map(day.outcomes, partition), areas: partition(day.areas), languages: partition(day.languages),
    easy_read: partition(day.easy_read), voices: partition(day.voices), gaps: map(day.gaps, (cells) => map(cells, shown)) };
}

test('30 families at the kiosk: their counts, exported with small cells suppressed, make a report whose totals are theirs', async () => {
  const work = join(harness.work, 'families');
  mkdirSync(work, { recursive: true });
  const all = families();
  const records = [];
  const lines = [];
  all.forEach((family, i) => {
    const file = join(work, `family-${i}.json`);
    writeFileSync(file, JSON.stringify(family.answers));
    records.push(recordOf(file, family));
    const say = (key) => words(family.locale, 'common', key);
    lines.push(`# family ${i + 1}`, `locale ${family.locale}`, ...codeLines(say, codeOf(file)), `expect ${say('result.heading')}`);
    if (family.easy) lines.push(`press ${say('easyread.switch')}`, `expect ${easyWords(family.locale, 'common', 'result.heading')}`);
    lines.push(`press ${words(family.locale, 'kiosk', 'kiosk.tools.finish')}`, `expect ${words('en-GB', 'kiosk', 'kiosk.attract.touch')}`);
  });
  const started = Date.now();
  const { code, stderr } = await harness.run('thirty-families', lines);
  assert.equal(code, 0, stderr);
  console.log(`kiosk: 30 families walked by code in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  // The kiosk's own file: exact totals, and nothing of any family.
  const countsText = readFileSync(harness.counts, 'utf8');
  const counts = JSON.parse(countsText);
  const expected = expectedCells(records);
  assert.deepEqual(counts.days[today], expected);
  for (const family of all) assert.ok(!countsText.includes(family.answers.date_of_birth), 'a date of birth in the counts file');
  for (const word of ['date_of_birth', 'dla_care', 'ehcp', 'disability']) assert.ok(!countsText.includes(word), `${word} in the counts file`);

  // The export: every cell under 5 suppressed.
  const exported = join(harness.work, 'export.json');
  const out = execFileSync(kiosk, ['--config', harness.config(), '--export-counts', exported], { encoding: 'utf8' });
  assert.match(out, /fewer than 5/);
  const exportedCounts = JSON.parse(readFileSync(exported, 'utf8'));
  assert.equal(exportedCounts.suppressed_below, 5);
  assert.deepEqual(exportedCounts.days[today], suppressed(expected));
  const small = JSON.stringify(exportedCounts).split('"fewer than 5"').length - 1;
  const hidden = JSON.stringify(exportedCounts).split('"5 or more"').length - 1;
  assert.ok(small > 0 && hidden > 0, 'the families were chosen so that some cells are small, and some hide one');

  // The report from the export: the same totals, cell by cell.
  const reportDir = join(harness.work, 'report');
  const said = execFileSync(signpost, ['report', '--counts', exported, '--offer', 'leicestershire', '--out', reportDir], { encoding: 'utf8' });
  assert.match(said, /^report: 30 checks/);
  const report = JSON.parse(readFileSync(join(reportDir, 'report.json'), 'utf8'));
  assert.equal(report.checks, '30');
  const figures = Object.fromEntries(report.sections.flatMap((s) => s.figures).map((f) => [f.id, f]));
  // The report shows the export's cells; "5 or more" as the range it is, up to the day's 30 checks.
  const cell = (v) => (v === undefined ? '0' : v === '5 or more' ? '5 to 30' : String(v));
  const shownDay = suppressed(expected);
  assert.deepEqual(figures.checks.rows.map((r) => r.cells), [['30']]);
  for (const [id, part] of [['areas', 'areas'], ['languages', 'languages'], ['easy-read', 'easy_read'], ['voices', 'voices']]) {
    assert.deepEqual(Object.fromEntries(figures[id].rows.map((r) => [r.key, r.cells[0]])),
      Object.fromEntries(Object.entries(shownDay[part]).map(([k, v]) => [k, cell(v)])), id);
  }
  const statuses = ['eligible', 'may-be-eligible', 'not-yet', 'assessment', 'not-eligible'];
  assert.ok(figures.routes.rows.length >= 8);
  for (const row of figures.routes.rows) {
    const byStatus = shownDay.outcomes[row.key] || {};
    assert.deepEqual(row.cells, statuses.map((s) => cell(byStatus[s])), `route ${row.key}`);
  }
  for (const row of figures.gaps ? figures.gaps.rows : []) {
    figures.gaps.series.forEach((_, i) => assert.ok(['0', 'fewer than 5'].includes(row.cells[i]) || Number(row.cells[i]) >= 5));
  }
  const html = readFileSync(join(reportDir, 'index.html'), 'utf8');
  assert.equal((html.match(/<svg class="sp-chart"/g) || []).length, (html.match(/<table class="sp-report-table"/g) || []).length,
    'every chart has its table');
  console.log(`report: 30 checks, ${report.sections.flatMap((s) => s.figures).length} figures, ${small} cells suppressed in the export and ${hidden} hidden beside them`);
});
