// A short soak: 20 families in one kiosk process (answers by code, eleven
// languages, easy read, language changes, Finish and the idle wipe), every
// wipe checked, and the process's proportional memory printed every 5
// families with its growth. make bench runs 1,000 (bench/kiosk_soak.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { KioskHarness } from './kiosk_harness.mjs';
import { runSoak } from './soak.mjs';

const harness = new KioskHarness('2026-11-23');
before(() => harness.start());
after(() => harness.stop());

test('20 families in one kiosk process: no crash, every wipe verified, memory printed', async () => {
  const { code, signal, stderr, samples, seconds } = await runSoak(harness, { families: 20, every: 5 });
  assert.equal(signal, null, `the kiosk died of ${signal}: ${stderr}`);
  assert.equal(code, 0, stderr);
  assert.deepEqual(samples.map((s) => s.families), [0, 5, 10, 15, 20]);
  assert.ok(samples.every((s) => s.kb > 0), JSON.stringify(samples));
  const growth = samples.at(-1).kb - samples[1].kb;
  console.log(`soak: 20 families in ${seconds.toFixed(1)} s; Pss ${samples.map((s) => `${s.families}: ${(s.kb / 1024).toFixed(1)} MB`).join(', ')}; ` +
    `growth from family 5 to 20: ${(growth / 1024).toFixed(2)} MB`);
});
