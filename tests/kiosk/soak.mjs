// A soak of the kiosk: many families, one after another, in one process under
// Xvfb. Each carries its answers by code, in a language of its own; some turn
// easy read on, some change language at the result; half press Finish and the
// rest walk away, so the idle countdown wipes them. After each, the script
// checks the wipe (nothing held, the attract screen on). Every `every`
// families the process's proportional memory (Pss) is read. Used by
// tests/kiosk/soak.test.mjs (20 families) and bench/kiosk_soak.mjs (1,000).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeLines, easyWords, root, words } from './kiosk_harness.mjs';

const signpost = process.env.SIGNPOST || join(root, 'build/native/bin/signpost');

const locales = ['en-GB', 'pl', 'ur', 'pa', 'gu', 'bn', 'ar', 'ro', 'pt', 'es', 'it'];

// Proportional memory of a process, in kB (smaps_rollup's Pss).
export function pssKb(pid) {
  const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
  return m ? Number(m[1]) : NaN;
}

// The script for `families` families, marking every `every`.
export function soakScript({ families, every, today, work, idleSeconds = 90, warningSeconds = 30 }) {
  const cases = ['mo', 'jack', 'taylor', 'melody', 'mia', 'mia-herself'];
  const codes = cases.map((name) => {
    const screens = execFileSync(signpost, ['walk', '--offer', 'leicestershire', '--answers', join(root, 'tests/cases', `${name}.json`),
      '--today', today], { encoding: 'utf8' }).trim().split('\n').map((l) => JSON.parse(l));
    return screens.pop().elements.find((e) => e.type === 'resume-code').code;
  });
  const lines = ['mark 0', 'wait 300'];
  for (let i = 0; i < families; i++) {
    const locale = locales[i % locales.length];
    const say = (key) => words(locale, 'common', key);
    lines.push(`# family ${i + 1}`, `locale ${locale}`, ...codeLines(say, codes[i % codes.length]), `expect ${say('result.heading')}`);
    const easy = i % 3 === 1;
    if (easy) lines.push(`press ${say('easyread.switch')}`);
    const last = i % 4 === 2 ? locales[(i + 5) % locales.length] : locale;
    if (last !== locale) lines.push(`locale ${last}`);
    if (i % 2 === 0) lines.push(`press ${(easy ? easyWords : words)(last, 'kiosk', 'kiosk.tools.finish')}`);
    else lines.push(`idle ${idleSeconds + 1}`, `idle ${warningSeconds + 1}`);
    lines.push('wiped', `expect ${words(locales[0], 'kiosk', 'kiosk.attract.touch')}`);
    if ((i + 1) % every === 0) lines.push(`mark ${i + 1}`, 'wait 300');
  }
  const file = join(work, 'soak.script');
  writeFileSync(file, lines.join('\n') + '\n');
  return lines;
}

// Runs the soak; resolves with the exit code, what the kiosk said, and the Pss samples ({families, kb}).
export async function runSoak(harness, { families, every }) {
  const lines = soakScript({ families, every, today: harness.today, work: harness.work });
  const samples = [];
  const started = Date.now();
  const { code, signal, stderr } = await harness.run(`soak-${families}`, lines, [], {
    timeout: Math.max(120000, families * 3000),
    onLine: (line, pid) => {
      const m = /^mark (\d+)$/.exec(line);
      if (m) samples.push({ families: Number(m[1]), kb: pssKb(pid) });
    },
  });
  return { code, signal, stderr, samples, seconds: (Date.now() - started) / 1000 };
}
