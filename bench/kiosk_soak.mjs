// The kiosk's soak: 1,000 families in one kiosk process under Xvfb (answers by
// code, eleven languages, easy read, language changes, Finish and the idle
// wipe; every wipe checked), its proportional memory (Pss) read every 100
// families. Prints the samples and the growth from family 100 to family 1,000
// against its limit (under 1 MB). Exits 1 if the kiosk crashes or a wipe
// fails; a figure over its limit is printed, not failed (benchmarks never fail
// on a figure). Usage: node bench/kiosk_soak.mjs [FAMILIES]
import { KioskHarness } from '../tests/kiosk/kiosk_harness.mjs';
import { runSoak } from '../tests/kiosk/soak.mjs';

const families = Number(process.argv[2] || 1000);
const every = Math.max(1, Math.round(families / 10));
const harness = new KioskHarness('2026-11-23');
const stop = () => harness.stop();
process.on('SIGINT', () => { stop(); process.exit(130); });

await harness.start();
try {
  console.log(`kiosk soak: ${families} families in one process, Pss every ${every}...`);
  const { code, signal, stderr, samples, seconds } = await runSoak(harness, { families, every });
  if (signal || code !== 0) {
    console.error(`kiosk soak: the kiosk ${signal ? `died of ${signal}` : `exited ${code}`}\n${stderr}`);
    process.exitCode = 1;
  }
  for (const s of samples) console.log(`  after ${String(s.families).padStart(5)} families: Pss ${(s.kb / 1024).toFixed(1)} MB`);
  const from = samples.find((s) => s.families === every), to = samples.at(-1);
  if (from && to && to !== from) {
    const growth = (to.kb - from.kb) / 1024;
    console.log(`kiosk soak: ${families} families in ${seconds.toFixed(0)} s, no crash, every wipe verified; Pss growth from family ` +
      `${from.families} to ${to.families}: ${growth.toFixed(2)} MB (limit 1 MB: ${growth < 1 ? 'met' : 'over'})`);
  }
} finally {
  stop();
}
