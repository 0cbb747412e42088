#!/usr/bin/env node
// Writes the fuzz harnesses' seed corpora, tests/fuzz/corpus/<harness>/, from
// the repository's own content: catalog messages, fragment states, the family
// cases, the ORUK fixtures and cut-down offer files. Deterministic: run it
// again after changing the content and commit what it writes.
//   node tools/fuzz_seeds.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.join(root, 'tests/fuzz/corpus');
const read = (rel) => fs.readFileSync(path.join(root, rel), 'utf8');
const json = (rel) => JSON.parse(read(rel));
const pretty = (value) => JSON.stringify(value, null, 2) + '\n';

const written = {};
function seed(harness, name, text) {
  const dir = path.join(corpus, harness);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, name), text);
  written[harness] = (written[harness] ?? 0) + 1;
}

fs.rmSync(corpus, { recursive: true, force: true });

// The offers, in the order the harnesses pick them with a first byte ('0' % 3 == 0 ...).
const offers = ['leicestershire', 'wakefield', 'dorset'];
const offerByte = (offer) => String(offers.indexOf(offer));

// message_format: real catalog patterns, those with arguments first.
{
  const picks = [];
  for (const [locale, catalog] of [['en-GB', 'common'], ['en-GB', 'leicestershire'], ['pl', 'common'], ['ar', 'common'], ['ur', 'wakefield']]) {
    const messages = json(`i18n/${locale}/${catalog}.json`).messages;
    const keys = Object.keys(messages).sort();
    const rich = keys.filter((k) => /\{[^{}]*,\s*(plural|select|selectordinal|number|date)/.test(messages[k])).slice(0, 4);
    const plain = keys.filter((k) => /\{/.test(messages[k]) && !rich.includes(k)).slice(0, 2);
    for (const k of [...rich, ...plain]) picks.push([`${locale}-${catalog}-${k}`, messages[k]]);
  }
  picks.push(['quoting', "It''s '{'not an argument'}' for {name}"]);
  picks.push(['offset', '{n, plural, offset:1 =0 {nobody} =1 {you} one {you and # other} other {you and # others}}']);
  picks.push(['number-styles', '{amount, number, ::currency/EUR} {n, number, integer} {n, number, percent} {date, date, long}']);
  for (const [name, text] of picks) seed('message_format', name.replace(/[^A-Za-z0-9._-]/g, '_') + '.txt', text);
}

// session_state: fragments as the checker writes them ("#" + percent-encoded JSON).
{
  const fragment = (state) => '#' + encodeURIComponent(JSON.stringify(state));
  const mo = json('tests/cases/mo.json');
  const wakefield = json('tests/cases/wakefield-targeted.json');
  const states = {
    start: { s: 'start' },
    'start-ur-easy': { s: 'start', l: 'ur', e: 1 },
    question: { s: 'question', q: 'lives_in_area', l: 'en-GB' },
    'question-returning': { s: 'question', q: 'dla_care', r: 1, a: { lives_in_area: 'yes', dla_care: 'high' } },
    'check-answers-mo': { s: 'check-answers', a: mo },
    'result-mo-search': { s: 'result', a: mo, f: 'youth club', l: 'pl' },
    'result-wakefield': { s: 'result', a: wakefield, l: 'ar', e: 1 },
    code: { s: 'code', a: { disability: 'yes' } },
  };
  for (const [name, state] of Object.entries(states)) seed('session_state', name, fragment(state));
  seed('session_state', 'page-anchor', '#main');
  seed('session_state', 'unencoded', JSON.stringify({ s: 'result', a: { support_needs: ['overnight', 'none'] }, f: 'café 100%' }));
}

// answers: the family cases, each after the byte that picks its offer.
{
  const offerOf = (name) => offers.find((o) => name.startsWith(o)) ?? 'leicestershire';
  for (const file of fs.readdirSync(path.join(root, 'tests/cases')).sort()) {
    if (!file.endsWith('.json')) continue;
    const name = file.slice(0, -5);
    seed('answers', name, offerByte(offerOf(name)) + read(`tests/cases/${file}`));
  }
  seed('answers', 'typed-date-and-postcode',
    '0' + pretty({ date_of_birth: { day: '14', month: '3', year: '2017' }, postcode_district: { postcode: 'LE11 3AB', area: '' } }));
}

// oruk_import: the fixtures whole, and their records one by one and in other wrappings.
{
  const page = json('tests/fixtures/oruk/v1-page.json');
  const service = json('tests/fixtures/oruk/v3-service.json');
  seed('oruk_import', 'v1-page.json', read('tests/fixtures/oruk/v1-page.json'));
  seed('oruk_import', 'v3-service.json', read('tests/fixtures/oruk/v3-service.json'));
  page.content.forEach((record, i) => seed('oruk_import', `v1-record-${i}.json`, pretty(record)));
  seed('oruk_import', 'list.json', pretty([service, page.content[0]]));
  seed('oruk_import', 'v3-paged.json', pretty({ total_pages: 2, page_number: 0, content: [service] }));
}

// content: each file one offer needs, after the two bytes that pick the offer
// and the file (the order of content_fuzz.cpp); long files cut short.
{
  const files = (id) => [`offers/${id}/pack.json`, `offers/${id}/questions.json`, `offers/${id}/rules.json`,
    `offers/${id}/pathway.json`, `offers/${id}/places.json`, `offers/${id}/directory.json`, 'i18n/en-GB/common.json',
    `i18n/en-GB/${id}.json`, `i18n/ur/${id}.json`, `easyread/en-GB/${id}.json`, 'easyread/pictures/pictures.json'];
  const cut = (rel) => {
    const doc = json(rel);
    const keep = (obj, n) => Object.fromEntries(Object.entries(obj).slice(0, n));
    if (doc.messages) doc.messages = keep(doc.messages, 12);
    if (doc.ideas) doc.ideas = keep(doc.ideas, 8);
    if (doc.pictures) doc.pictures = keep(doc.pictures, 6);
    if (Array.isArray(doc.services)) doc.services = doc.services.slice(0, 3);
    return pretty(doc);
  };
  // A printable byte that picks file `i` of `n` (byte % n == i).
  const fileByte = (i, n) => String.fromCharCode(0x41 + ((i - (0x41 % n)) % n + n) % n);
  for (const id of offers) {
    const list = files(id);
    list.forEach((rel, i) => {
      if (id !== 'leicestershire' && rel.startsWith('easyread/pictures')) return;
      seed('content', `${id}-${rel.replace(/\//g, '-')}`, offerByte(id) + fileByte(i, list.length) + cut(rel));
    });
  }
}

let total = 0;
for (const dir of fs.readdirSync(corpus)) for (const f of fs.readdirSync(path.join(corpus, dir))) total += fs.statSync(path.join(corpus, dir, f)).size;
console.log(Object.entries(written).map(([h, n]) => `${h}: ${n}`).join(', ') + `; ${total} bytes in all`);
