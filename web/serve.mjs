// A small static server for the web checker on 127.0.0.1 (make run, and the
// browser tests). It serves the built files with the headers a council's host
// should send: a strict Content-Security-Policy, no referrer, nothing cached
// that should not be, and brotli or gzip when the browser asks (as a council's
// host or its CDN would; SIGNPOST_ENCODINGS=gzip offers gzip alone). It logs no
// request: the answers are never in one anyway, since they live in the URL fragment.
//   node web/serve.mjs DIST_DIR [PORT]   (PORT also from $PORT; 0 picks a free one)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { brotli } from './brotli.mjs';

const root = resolve(process.argv[2] || 'build/web/dist');
const port = Number(process.argv[3] ?? process.env.PORT ?? 8080);

const encodings = (process.env.SIGNPOST_ENCODINGS || 'br,gzip').split(',');  // in the order preferred

// A file's compressed copy: the one made with the build (FILE.br, FILE.gz)
// when it is as new as the file, else made here once for as long as the file stays the same.
const compressed = new Map();
async function encode(file, mtime, body, encoding) {
  const made = await stat(`${file}.${encoding}`).catch(() => null);
  if (made && made.mtimeMs >= mtime) return readFile(`${file}.${encoding}`);
  const key = `${encoding} ${file}`;
  const kept = compressed.get(key);
  if (kept && kept.mtime === mtime) return kept.body;
  const out = encoding === 'br' ? brotli(body) : gzipSync(body, { level: 9 });
  compressed.set(key, { mtime, body: out });
  return out;
}

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml',
};
export const headers = {
  'Content-Security-Policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
    "connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'",
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url, 'http://localhost');
    let path = normalize(decodeURIComponent(url.pathname));
    // Each offer's page is drawn ahead of time at /<offer>/; /?offer=<offer> gets it too.
    const offer = url.searchParams.get('offer');
    if (path === sep && offer && /^[a-z0-9-]{1,64}$/.test(offer) && await stat(join(root, offer, 'index.html')).catch(() => null)) path += offer + sep;
    if (path.endsWith('/')) path += 'index.html';
    const file = join(root, path);
    if (!file.startsWith(root + sep)) throw new Error('outside');
    const info = await stat(file);
    if (!info.isFile()) throw new Error('not a file');
    let body = await readFile(file);
    const head = { ...headers, 'Content-Type': types[extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-cache' };
    const accepted = (req.headers['accept-encoding'] || '').split(',').map((e) => e.trim().split(';')[0]);
    const encoding = encodings.find((e) => accepted.includes(e));
    if (encoding && body.length > 512) {
      body = await encode(file, info.mtimeMs, body, encoding);
      head['Content-Encoding'] = encoding;
      head['Vary'] = 'Accept-Encoding';
    }
    res.writeHead(200, head);
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found\n');
  }
});

server.listen(port, '127.0.0.1', () => {
  const { port: actual } = server.address();
  console.log(`Signpost web checker: http://127.0.0.1:${actual}/  (Wakefield: http://127.0.0.1:${actual}/wakefield/)`);
});
