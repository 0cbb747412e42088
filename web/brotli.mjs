// Brotli at its best, as the web checker's files are served: made ahead of
// time by `make dist` (tools/compress_dist.mjs), or by the server for a file
// that has no copy (web/serve.mjs).
import { brotliCompressSync, constants } from 'node:zlib';

export function brotli(body) {
  return brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
}
