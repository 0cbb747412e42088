// The kiosk in a real window, for tests: an Xvfb display of its own, and runs
// of the real binary replaying a script (kiosk/core/script.h), with prints
// and counts saved in the run's own folder. Used by the kiosk's tests and by the browser
// tests that carry a family's code between the web and a kiosk.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = new URL('../..', import.meta.url).pathname;
export const kioskBinary = process.env.SIGNPOST_KIOSK || join(root, 'build/native/bin/signpost-kiosk');
export const shots = join(root, 'build/screenshots/kiosk');

export class KioskHarness {
  constructor(today = '2026-11-23') {
    this.today = today;
    this.configChanges = {};
  }

  async start() {
    mkdirSync(shots, { recursive: true });
    this.work = mkdtempSync(join(tmpdir(), 'signpost-kiosk-test-'));
    for (let n = 90; n < 140 && !this.display; n++) {
      if (!existsSync(`/tmp/.X${n}-lock`) && !existsSync(`/tmp/.X11-unix/X${n}`)) this.display = `:${n}`;
    }
    this.xvfb = spawn('Xvfb', [this.display, '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    const socket = `/tmp/.X11-unix/X${this.display.slice(1)}`;
    for (let i = 0; i < 100 && !existsSync(socket); i++) await new Promise((r) => setTimeout(r, 50));
    assert.ok(existsSync(socket), `Xvfb did not start on ${this.display}`);
  }

  stop() {
    if (this.xvfb) this.xvfb.kill();
    if (this.work) rmSync(this.work, { recursive: true, force: true });
  }

  get prints() { return join(this.work, 'prints'); }
  get counts() { return join(this.work, 'counts.json'); }

  // kiosk/kiosk.json, with prints and counts kept in the test's own folder (and any changes given).
  config() {
    const config = { ...JSON.parse(readFileSync(join(root, 'kiosk/kiosk.json'), 'utf8')), ...this.configChanges };
    config.print = { printer: '', folder: this.prints };
    config.counts = { file: this.counts };
    const file = join(this.work, 'kiosk.json');
    writeFileSync(file, JSON.stringify(config));
    return file;
  }

  // Runs the kiosk on `lines` (a script); resolves with its exit code and what
  // it said. `onLine(line, pid)` hears each line of its standard output as it
  // comes (a script's marks); `timeout` is in milliseconds.
  run(name, lines, extra = [], { onLine, timeout = 120000 } = {}) {
    const script = join(this.work, `${name}.script`);
    writeFileSync(script, lines.join('\n') + '\n');
    const env = { ...process.env, DISPLAY: this.display, LIBGL_ALWAYS_SOFTWARE: '1', SDL_AUDIODRIVER: 'dummy' };
    return new Promise((resolve) => {
      const child = spawn(kioskBinary, ['--config', this.config(), '--script', script, '--screenshot-dir', shots,
        '--exit-after-script', '--today', this.today, ...extra], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      let pending = '';
      child.stderr.on('data', (d) => { stderr += d; });
      child.stdout.on('data', (d) => {
        pending += d;
        const complete = pending.split('\n');
        pending = complete.pop();
        if (onLine) for (const line of complete) onLine(line, child.pid);
      });
      const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
      child.on('close', (code, signal) => { clearTimeout(timer); resolve({ code, signal, stderr }); });
    });
  }
}

// The script lines that type `code` into the kiosk's "I have a code" box from
// the start screen and send it; `say(key, catalog)` gives the screen's words.
export function codeLines(say, code) {
  return [`press ${say('code.link')}`, `expect ${say('code.heading')}`, `press ${say('code.label')}`, `type ${code}`, 'key back',
    `press ${say('button.continue')}`];
}

// The screen's words, as the kiosk shows them: a catalog message, or its easy
// read (the sentences one after another; `section` "young-person" for the young person's).
export function words(locale, catalog, key) {
  return JSON.parse(readFileSync(join(root, 'i18n', locale, `${catalog}.json`), 'utf8')).messages[key];
}
export function easyWords(locale, catalog, key, section = 'ideas') {
  return JSON.parse(readFileSync(join(root, 'easyread', locale, `${catalog}.json`), 'utf8'))[section][key].map((i) => i.text).join(' ');
}
