// Compresses every file of the web checker ahead of time, as a council's host
// serves it: FILE.br (brotli at its best) and FILE.gz (gzip, made by zopfli:
// any browser inflates it, and it is about 5% smaller than gzip -9 makes).
// The server sends these when a browser asks (web/serve.mjs). Each result is
// kept under the file's SHA-256 in a cache beside the build, so that a file
// that did not change is not compressed again.
//   node tools/compress_dist.mjs DIST_DIR CACHE_DIR
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotli } from '../web/brotli.mjs';

const [dist, cache] = process.argv.slice(2);
const run = promisify(execFile);

async function files(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)])));
  return nested.flat();
}

// The cached result for this content, made first if it is not there yet.
async function cached(hash, ext, make) {
  const kept = join(cache, `${hash}.${ext}`);
  if (!(await stat(kept).catch(() => null))) {
    await writeFile(`${kept}.tmp`, await make());
    await rename(`${kept}.tmp`, kept);
  }
  return kept;
}

async function compress(file) {
  const body = await readFile(file);
  const hash = createHash('sha256').update(body).digest('hex');
  const br = await cached(hash, 'br', () => brotli(body));
  const gz = await cached(hash, 'gz', async () =>
    (await run('zopfli', ['--i5', '-c', file], { encoding: 'buffer', maxBuffer: 64 << 20 })).stdout);
  await copyFile(br, `${file}.br`);
  await copyFile(gz, `${file}.gz`);
}

await mkdir(cache, { recursive: true });
// Small files go as they are; the rest two at a time (one per core here).
const queue = (await files(dist)).filter((f) => /\.(html|js|css|wasm|json|svg)$/.test(f));
const worker = async () => {
  for (let file = queue.shift(); file; file = queue.shift())
    if ((await stat(file)).size > 512) await compress(file);
};
await Promise.all([worker(), worker()]);
