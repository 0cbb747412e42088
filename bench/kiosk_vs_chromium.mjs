// The kiosk beside Debian's Chromium in kiosk mode showing the web checker, on
// the same X server, in one run: cold start to first frame, memory once the
// first frame has settled, and CPU over 30 idle seconds. Prints a table with
// each figure as a ratio (Chromium / kiosk).
//   node bench/kiosk_vs_chromium.mjs
// Needs Xvfb, /usr/bin/chromium, build/native/bin/signpost-kiosk and
// build/web/dist (`make bench` builds both). Starts its own Xvfb on a free
// display and its own web server; stops every process it started and removes
// its temporary folders, also on failure. Exits 1 when a figure could not be taken.
//
// How each figure is taken:
// - kiosk cold start: wall time from spawn to reading "first-frame-ms N" on its
//   stdout (printed after its first frame is swapped on screen). N itself is
//   counted by the kiosk from SDL's start, so it leaves out loading the binary
//   and its libraries, reading kiosk.json and the content: it is shown, not used.
// - Chromium cold start: wall time from spawn to the page's first contentful
//   paint (performance.timeOrigin + the paint entry), read over the DevTools
//   protocol on a pipe (--remote-debugging-pipe: no port, no WebSocket).
// - memory: VmRSS from /proc/PID/status summed over the process tree, and Pss
//   from /proc/PID/smaps_rollup (shared pages divided among the processes
//   sharing them, so a many-process browser is not counted twice over).
// - CPU: utime + stime (+ cutime + cstime, for children reaped in the window)
//   from /proc/PID/stat over the tree, before and after the idle window, as a
//   percentage of one core. The X server's own CPU in each window is shown too.
// Each cold start runs RUNS times (the first also warms the disk cache) and the
// median is reported; memory is the median of the runs; the idle window is
// taken once, on the last run.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { walkScript } from '../tests/kiosk/walk_script.mjs';

const root = new URL('..', import.meta.url).pathname;
const KIOSK = process.env.SIGNPOST_KIOSK || join(root, 'build/native/bin/signpost-kiosk');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const DIST = join(root, 'build/web/dist');
const RUNS = 3;
const SETTLE_MS = 2000;
const IDLE_MS = 30000;
const START_TIMEOUT_MS = 60000;
// Mo's case (tests/cases/mo.json), walked to the result by both.
const MO_FILE = join(root, 'tests/cases/mo.json');
const MO = JSON.parse(readFileSync(MO_FILE, 'utf8'));
const TODAY = new Date().toISOString().slice(0, 10);

class BenchError extends Error {}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const msSince = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// --- cleaning up: every process and folder is registered when made

// The kiosk and Chromium each start with their own SIGNPOST_BENCH_TAG=... in
// their environment, which every helper they start inherits: that finds the
// whole of each (also a helper started detached, such as Chromium's crash
// handler), and makes sure nothing else is ever stopped.
const TAG = 'SIGNPOST_BENCH_TAG';
let tagCount = 0;
const liveTags = new Set();
function newTag() {
  const tag = `${process.pid}-${++tagCount}`;
  liveTags.add(tag);
  return tag;
}

const children = new Set();  // ChildProcess objects we spawned
const folders = new Set();

function environment(pid) {
  try {
    return readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
  } catch {
    return [];
  }
}

// Kills every process that carries the tag; returns how many there were.
function killTagged(tag) {
  let found = 0;
  for (const name of readdirSync('/proc')) {
    if (/^\d+$/.test(name) && environment(name).includes(`${TAG}=${tag}`)) {
      try { process.kill(Number(name), 'SIGKILL'); found++; } catch { /* already gone */ }
    }
  }
  return found;
}

// Kills the tagged processes and waits (up to 5 s) until none is left, so that
// none is still writing into a folder about to be removed.
async function killTaggedAndWait(tag) {
  for (let i = 0; i < 50 && killTagged(tag) > 0; i++) await sleep(100);
}

const running = (child) => child.exitCode === null && child.signalCode === null;

// The last resort, when there is no time to wait (the process is exiting).
function cleanUpNow() {
  for (const child of children) {
    if (running(child)) try { child.kill('SIGKILL'); } catch { /* already gone */ }
    child.afterKill?.();
  }
  for (const tag of liveTags) killTagged(tag);
  for (const dir of folders) {
    try { rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 }); } catch { /* left for the system's /tmp cleaning */ }
  }
  children.clear();
  liveTags.clear();
  folders.clear();
}

// Stops whatever is still running, politely first.
async function stopAll() {
  for (const child of [...children].reverse()) await stop(child);
  for (const tag of [...liveTags]) killTagged(tag);
  cleanUpNow();
}

process.on('exit', cleanUpNow);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => stopAll().finally(() => process.exit(130)));
}

function start(command, args, options) {
  const child = spawn(command, args, options);
  children.add(child);
  child.exited = new Promise((resolve) => child.on('exit', resolve));
  child.on('error', () => {});
  return child;
}

// Asks a process to stop (SIGTERM), then kills what is left of it and, with a
// tag, of every process that carries it.
async function stop(child, tag) {
  if (running(child)) child.kill('SIGTERM');
  await Promise.race([child.exited, sleep(5000)]);
  if (running(child)) {
    child.kill('SIGKILL');
    await Promise.race([child.exited, sleep(2000)]);
    child.afterKill?.();
  }
  if (tag) {
    await killTaggedAndWait(tag);
    liveTags.delete(tag);
  }
  children.delete(child);
}

function tempFolder(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  folders.add(dir);
  return dir;
}

// --- /proc

const TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

// /proc/PID/stat's fields after the command's closing parenthesis: [0] is
// field 3 (state), [1] ppid, [11] utime, [12] stime, [13] cutime, [14] cstime.
function readStat(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { pid, ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]) };
  } catch {
    return null;
  }
}

function allProcesses() {
  const out = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const s = readStat(Number(name));
    if (s) out.push(s);
  }
  return out;
}

// A process and all its descendants, and any process with TAG=`tag` in its
// environment (a helper started detached, such as Chromium's crash handler,
// is no longer a descendant).
function processTree(rootPid, tag) {
  const procs = allProcesses();
  const inTree = new Set([rootPid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of procs) {
      if (!inTree.has(p.pid) && inTree.has(p.ppid)) {
        inTree.add(p.pid);
        grew = true;
      }
    }
  }
  for (const p of procs) if (!inTree.has(p.pid) && environment(p.pid).includes(`${TAG}=${tag}`)) inTree.add(p.pid);
  return procs.filter((p) => inTree.has(p.pid));
}

function statusKb(pid, field) {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

function pssKb(pid) {
  try {
    const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

function memory(tree) {
  let rss = 0, pss = 0, pssKnown = true;
  for (const p of tree) {
    rss += statusKb(p.pid, 'VmRSS');
    const k = pssKb(p.pid);
    if (k === null) pssKnown = false;
    else pss += k;
  }
  if (rss === 0) throw new BenchError('no resident memory could be read from /proc');
  return { rssKb: rss, pssKb: pssKnown ? pss : null, processes: tree.length };
}

const ticksOf = (tree) => tree.reduce((sum, p) => sum + p.ticks, 0);

// CPU of a process tree (and of the X server) over IDLE_MS of nobody touching anything.
async function idleCpu(name, rootPid, treeNow, xPid) {
  const before = ticksOf(treeNow());
  const xBefore = readStat(xPid)?.ticks ?? 0;
  const t0 = process.hrtime.bigint();
  await sleep(IDLE_MS);
  const tree = treeNow();
  const after = ticksOf(tree);
  const xAfter = readStat(xPid)?.ticks ?? 0;
  const seconds = msSince(t0) / 1000;
  if (!tree.some((p) => p.pid === rootPid)) throw new BenchError(`${name} ended during the idle window`);
  if (after < before) throw new BenchError(`${name}: CPU time went backwards (a helper process ended during the idle window)`);
  const percent = (ticks) => (100 * ticks) / TICKS / seconds;
  return { percent: percent(after - before), xPercent: percent(xAfter - xBefore), seconds };
}

// --- Xvfb and the web server

async function startXvfb() {
  let n = 91;
  while (existsSync(`/tmp/.X${n}-lock`) || existsSync(`/tmp/.X11-unix/X${n}`)) {
    if (++n > 150) throw new BenchError('no free X display between :91 and :150');
  }
  const display = `:${n}`;
  const xvfb = start('Xvfb', [display, '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  // Killed outright, Xvfb leaves its lock and socket behind: remove them if they are its own.
  xvfb.afterKill = () => {
    try {
      if (Number(readFileSync(`/tmp/.X${n}-lock`, 'utf8').trim()) !== xvfb.pid) return;
      rmSync(`/tmp/.X${n}-lock`, { force: true });
      rmSync(`/tmp/.X11-unix/X${n}`, { force: true });
    } catch { /* nothing left */ }
  };
  for (let i = 0; i < 200 && !existsSync(`/tmp/.X11-unix/X${n}`); i++) {
    if (xvfb.exitCode !== null) break;
    await sleep(25);
  }
  if (!existsSync(`/tmp/.X11-unix/X${n}`)) throw new BenchError(`Xvfb did not start on ${display} (is the xvfb package installed?)`);
  return { display, xvfb };
}

async function startServer() {
  const server = start(process.execPath, [join(root, 'web/serve.mjs'), DIST, '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new BenchError('the web server did not start within 10 s')), 10000);
    server.stdout.on('data', (chunk) => {
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(String(chunk));
      if (m) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${m[1]}/`);
      }
    });
    server.on('exit', (code) => reject(new BenchError(`the web server exited with ${code}`)));
  });
  return { server, url };
}

// --- the kiosk

function kioskEnv(display, tag) {
  const env = { ...process.env, DISPLAY: display, LIBGL_ALWAYS_SOFTWARE: '1', SDL_AUDIODRIVER: 'dummy', SDL_VIDEODRIVER: 'x11',
    [TAG]: tag };
  delete env.WAYLAND_DISPLAY;
  return env;
}

async function kioskRun(display, xPid, idle) {
  const tag = newTag();
  const env = kioskEnv(display, tag);
  const t0 = process.hrtime.bigint();
  const child = start(KIOSK, ['--config', join(root, 'kiosk/kiosk.json'), '--report-first-frame'],
    { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr = (stderr + d).slice(-4000); });
  try {
    const reported = await new Promise((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new BenchError(`the kiosk drew no first frame within ${START_TIMEOUT_MS / 1000} s`)),
        START_TIMEOUT_MS);
      child.stdout.on('data', (d) => {
        out += d;
        const m = /^first-frame-ms (\d+)$/m.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      });
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new BenchError(`the kiosk exited (${signal || code}) before its first frame:\n${stderr.trim()}`));
      });
    });
    const coldMs = msSince(t0);
    await sleep(SETTLE_MS);
    const tree = () => processTree(child.pid, tag);
    const mem = memory(tree());
    const cpu = idle ? await idleCpu('the kiosk', child.pid, tree, xPid) : null;
    if (child.exitCode !== null) throw new BenchError(`the kiosk exited during the bench:\n${stderr.trim()}`);
    return { coldMs, reported, mem, cpu };
  } finally {
    await stop(child, tag);
  }
}

// The kiosk walked through Mo's case with its keypad (a script, as the kiosk
// tests walk it), to the result: memory once the result has settled.
async function kioskResultRun(display) {
  const tag = newTag();
  const folder = tempFolder('signpost-bench-kiosk-');
  const script = join(folder, 'mo.script');
  const lines = walkScript({ signpost: join(root, 'build/native/bin/signpost'), offer: 'leicestershire', answersFile: MO_FILE,
    answers: MO, today: TODAY, locale: 'en-GB', screenshotPrefix: 'mo' });
  writeFileSync(script, [...lines, 'mark result', ''].join('\n'));
  const child = start(KIOSK, ['--config', join(root, 'kiosk/kiosk.json'), '--script', script, '--today', TODAY],
    { cwd: root, env: kioskEnv(display, tag), stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr = (stderr + d).slice(-4000); });
  try {
    await new Promise((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new BenchError(`the kiosk did not reach Mo's result within ${START_TIMEOUT_MS / 1000} s`)),
        START_TIMEOUT_MS);
      child.stdout.on('data', (d) => {
        out += d;
        if (/^mark result$/m.test(out)) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new BenchError(`the kiosk exited (${signal || code}) before Mo's result:\n${stderr.trim()}`));
      });
    });
    await sleep(SETTLE_MS);
    const mem = memory(processTree(child.pid, tag));
    if (child.exitCode !== null) throw new BenchError(`the kiosk exited during the bench:\n${stderr.trim()}`);
    return { mem };
  } finally {
    await stop(child, tag);
    rmSync(folder, { recursive: true, force: true });
    folders.delete(folder);
  }
}

// --- Chromium, and the DevTools protocol over --remote-debugging-pipe
// (messages are JSON, each ended by a NUL byte; Chromium reads fd 3, writes fd 4)

class PipeProtocol {
  constructor(write, read) {
    this.write = write;
    this.next = 1;
    this.pending = new Map();
    let buffer = '';
    read.on('data', (chunk) => {
      buffer += chunk;
      let end;
      while ((end = buffer.indexOf('\0')) >= 0) {
        const message = JSON.parse(buffer.slice(0, end));
        buffer = buffer.slice(end + 1);
        const waiting = message.id && this.pending.get(message.id);
        if (!waiting) continue;
        this.pending.delete(message.id);
        if (message.error) waiting.reject(new Error(`${message.error.message} (${waiting.method})`));
        else waiting.resolve(message.result);
      }
    });
    read.on('error', () => {});
    write.on('error', () => {});
  }

  send(method, params = {}, sessionId, timeoutMs = 10000) {
    const id = this.next++;
    const message = { id, method, params, ...(sessionId ? { sessionId } : {}) };
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new BenchError(`Chromium did not answer ${method} within ${timeoutMs / 1000} s`));
      }, timeoutMs);
      const done = (f) => (value) => {
        clearTimeout(timer);
        f(value);
      };
      this.pending.set(id, { resolve: done(resolve), reject: done(reject), method });
      this.write.write(JSON.stringify(message) + '\0');
    });
  }
}

const CHROMIUM_FLAGS = ['--kiosk', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

// A DevTools session on the page showing `url`, once Chromium has opened it.
async function pageSession(cdp, url, deadline) {
  for (;;) {
    if (Date.now() > deadline) throw new BenchError(`Chromium opened no page for ${url}`);
    const { targetInfos } = await cdp.send('Target.getTargets');
    const page = targetInfos.find((t) => t.type === 'page' && t.url.startsWith(url));
    if (page) return (await cdp.send('Target.attachToTarget', { targetId: page.targetId, flatten: true })).sessionId;
    await sleep(20);
  }
}

// The page's first contentful paint as wall-clock milliseconds since the epoch.
async function firstContentfulPaint(cdp, url, deadline) {
  const sessionId = await pageSession(cdp, url, deadline);
  const expression = `(() => {
    const e = performance.getEntriesByName('first-contentful-paint')[0];
    return e && location.href.startsWith(${JSON.stringify(url)}) ? performance.timeOrigin + e.startTime : null;
  })()`;
  while (Date.now() < deadline) {
    try {
      const { result } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true }, sessionId);
      if (typeof result.value === 'number') {
        await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
        return result.value;
      }
    } catch {
      // the page was between documents: ask again
    }
    await sleep(20);
  }
  throw new BenchError(`the web checker had no first contentful paint within ${START_TIMEOUT_MS / 1000} s`);
}

// Walks Mo's case in the page, as a family would with a mouse (the browser
// tests' walk): Start, each question's answers, Continue, then See your results.
const WALK_IN_PAGE = `async (answers) => {
  const until = async (find) => {
    for (let i = 0; i < 1200; i++) { const found = find(); if (found) return found; await new Promise((r) => setTimeout(r, 25)); }
    throw new Error('the page did not move on');
  };
  (await until(() => document.querySelector('[data-signpost-ready] a.sp-button--start'))).click();
  for (let i = 0; i < 15; i++) {
    const form = await until(() => document.querySelector('form[data-question], a[data-event=confirm]'));
    const question = form.getAttribute('data-question');
    if (!question) break;
    const value = answers[question];
    const fill = (name, v) => { form.querySelector('input[name=' + name + ']').value = v; };
    if (question === 'date_of_birth') {
      const [y, m, d] = value.split('-');
      fill('day', d); fill('month', m); fill('year', y);
    } else if (question === 'postcode_district') {
      fill('postcode', value);
    } else {
      for (const v of [].concat(value)) form.querySelector('input[value="' + v + '"]').checked = true;
    }
    const before = location.hash;
    form.querySelector('button[type=submit]').click();
    await until(() => location.hash !== before);
  }
  document.querySelector('a[data-event=confirm]').click();
  await until(() => document.querySelector('.sp-code__value'));
  return true;
}`;

async function chromiumResultRun(display, url) {
  const profile = tempFolder('signpost-bench-chromium-');
  const tag = newTag();
  const env = { ...process.env, DISPLAY: display, [TAG]: tag };
  delete env.WAYLAND_DISPLAY;
  const child = start(CHROMIUM, [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, '--remote-debugging-pipe', url],
    { env, stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr = (stderr + d).slice(-4000); });
  try {
    const cdp = new PipeProtocol(child.stdio[3], child.stdio[4]);
    const sessionId = await pageSession(cdp, url, Date.now() + START_TIMEOUT_MS);
    // The page may still be between documents (it moves to its offer's own
    // address): ask again until a document answers.
    let walked;
    for (const deadline = Date.now() + START_TIMEOUT_MS; ;) {
      walked = await cdp.send('Runtime.evaluate', { expression: `(${WALK_IN_PAGE})(${JSON.stringify(MO)})`,
        awaitPromise: true, returnByValue: true }, sessionId, START_TIMEOUT_MS).catch((e) => ({ error: e }));
      if (!/context/i.test(walked.error?.message || walked.exceptionDetails?.exception?.description || '') || Date.now() > deadline) break;
      await sleep(100);
    }
    if (walked.error || walked.exceptionDetails || walked.result?.value !== true) {
      throw new BenchError(`Chromium did not reach Mo's result: ${walked.error?.message || walked.exceptionDetails?.exception?.description || 'no result'}`);
    }
    await sleep(SETTLE_MS);
    const mem = memory(processTree(child.pid, tag));
    if (child.exitCode !== null) throw new BenchError(`Chromium exited during the bench:\n${stderr.trim()}`);
    return { mem };
  } finally {
    await stop(child, tag);
    rmSync(profile, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
    folders.delete(profile);
  }
}

async function chromiumRun(display, xPid, url, idle) {
  const profile = tempFolder('signpost-bench-chromium-');
  const tag = newTag();
  const env = { ...process.env, DISPLAY: display, [TAG]: tag };
  delete env.WAYLAND_DISPLAY;
  const spawnedAt = Date.now();
  const child = start(CHROMIUM, [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, '--remote-debugging-pipe', url],
    { env, stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr = (stderr + d).slice(-4000); });
  const tree = () => processTree(child.pid, tag);
  try {
    const cdp = new PipeProtocol(child.stdio[3], child.stdio[4]);
    const exited = child.exited.then((code) => {
      throw new BenchError(`Chromium exited (${code ?? child.signalCode}) before its first paint:\n${stderr.trim()}`);
    });
    exited.catch(() => {});  // only the race below listens; a later exit is stop()'s
    const fcp = await Promise.race([firstContentfulPaint(cdp, url, Date.now() + START_TIMEOUT_MS), exited]);
    const coldMs = fcp - spawnedAt;
    await sleep(SETTLE_MS);
    const mem = memory(tree());
    const cpu = idle ? await idleCpu('Chromium', child.pid, tree, xPid) : null;
    if (child.exitCode !== null) throw new BenchError(`Chromium exited during the bench:\n${stderr.trim()}`);
    return { coldMs, mem, cpu };
  } finally {
    await stop(child, tag);
    // A helper process may still be writing its last files as it goes: try again for a while.
    rmSync(profile, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
    folders.delete(profile);
  }
}

// --- the table

function table(kiosk, chromium, display, result) {
  const ms = (x) => `${Math.round(x)} ms`;
  const mb = (kb) => (kb === null ? 'n/a' : `${(kb / 1024).toFixed(0)} MB`);
  const pct = (x) => `${x.toFixed(2)} %`;
  const ratio = (k, c) => (k === null || c === null ? 'n/a' : k > 0 ? `${(c / k).toFixed(1)}x` : c > 0 ? 'inf' : '1.0x');
  const kCold = median(kiosk.map((r) => r.coldMs)), cCold = median(chromium.map((r) => r.coldMs));
  const kRss = median(kiosk.map((r) => r.mem.rssKb)), cRss = median(chromium.map((r) => r.mem.rssKb));
  const pssOf = (runs) => (runs.every((r) => r.mem.pssKb !== null) ? median(runs.map((r) => r.mem.pssKb)) : null);
  const kPss = pssOf(kiosk), cPss = pssOf(chromium);
  const kIdle = kiosk.at(-1).cpu, cIdle = chromium.at(-1).cpu;
  const rows = [
    ['figure', 'kiosk', 'Chromium', 'ratio'],
    [`cold start to first frame (median of ${RUNS})`, ms(kCold), ms(cCold), ratio(kCold, cCold)],
    ['  each run', kiosk.map((r) => Math.round(r.coldMs)).join(', '), chromium.map((r) => Math.round(r.coldMs)).join(', '), ''],
    ['  kiosk\'s own first-frame-ms (from SDL start)', kiosk.map((r) => r.reported).join(', '), '', ''],
    [`resident memory, VmRSS summed (median)`, mb(kRss), mb(cRss), ratio(kRss, cRss)],
    ['proportional memory, Pss summed (median)', mb(kPss), mb(cPss), ratio(kPss, cPss)],
    ['  at Mo\'s result (VmRSS / Pss)', `${mb(result.kiosk.mem.rssKb)} / ${mb(result.kiosk.mem.pssKb)}`,
      `${mb(result.chromium.mem.rssKb)} / ${mb(result.chromium.mem.pssKb)}`, ratio(result.kiosk.mem.pssKb, result.chromium.mem.pssKb)],
    ['processes', String(kiosk.at(-1).mem.processes), String(chromium.at(-1).mem.processes), ''],
    [`CPU over ${IDLE_MS / 1000} idle seconds (% of one core)`, pct(kIdle.percent), pct(cIdle.percent), ratio(kIdle.percent, cIdle.percent)],
    ['  the X server in the same window', pct(kIdle.xPercent), pct(cIdle.xPercent), ''],
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(`Kiosk vs Chromium --kiosk (web checker), Xvfb ${display} 1920x1080, software rendering, ${TICKS} CPU ticks/s`);
  console.log(line(rows[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows.slice(1)) console.log(line(r));
  console.log('ratio: Chromium / kiosk. The kiosk redraws every 3 s while idle (its attract screen turns language);');
  console.log('Chromium is headful under Xvfb with --disable-gpu; the kiosk, with no GPU, draws with SDL\'s software renderer.');
  // The goals of the lean kiosk, each against the figure of this run.
  const worstPss = Math.max(kPss ?? Infinity, result.kiosk.mem.pssKb ?? Infinity);
  const pssRatio = Math.min(cPss / worstPss, (result.chromium.mem.pssKb ?? 0) / worstPss);
  const goals = [
    [`Pss at least 5x below Chromium's (attract screen and Mo's result): ${pssRatio.toFixed(1)}x`, pssRatio >= 5],
    [`cold start at least 3x faster: ${(cCold / kCold).toFixed(1)}x`, cCold / kCold >= 3],
    [`idle CPU at most 0.3% of a core: ${kIdle.percent.toFixed(2)}%`, kIdle.percent <= 0.3],
  ];
  for (const [what, met] of goals) console.log(`goal: ${what} (${met ? 'met' : 'NOT met'})`);
}

// --- main

async function main() {
  for (const [file, what] of [[KIOSK, 'the kiosk (make native)'], [CHROMIUM, 'Chromium (apt-get install chromium)'],
    [join(DIST, 'index.html'), 'the web checker (make dist)']]) {
    if (!existsSync(file)) throw new BenchError(`${file} is missing: ${what}`);
  }
  const { display, xvfb } = await startXvfb();
  const { server, url } = await startServer();
  const kiosk = [];
  for (let i = 0; i < RUNS; i++) kiosk.push(await kioskRun(display, xvfb.pid, i === RUNS - 1));
  const kioskResult = await kioskResultRun(display);
  const chromium = [];
  for (let i = 0; i < RUNS; i++) chromium.push(await chromiumRun(display, xvfb.pid, url, i === RUNS - 1));
  const chromiumResult = await chromiumResultRun(display, url);
  await stop(server);
  await stop(xvfb);
  table(kiosk, chromium, display, { kiosk: kioskResult, chromium: chromiumResult });
}

try {
  await main();
} catch (e) {
  console.error(`bench/kiosk_vs_chromium: a figure could not be taken: ${e instanceof BenchError ? e.message : e.stack}`);
  process.exitCode = 1;
} finally {
  await stopAll();
}
