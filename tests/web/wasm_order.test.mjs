// tools/wasm_order.mjs on a module written here byte by byte: more functions
// than one-byte indices reach, calls down a chain, an import, a table called
// indirectly, a start function, exports, and instructions with every kind of
// immediate. Ordered, it must compute the same, and be laid out as promised.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { order } from '../../tools/wasm_order.mjs';

const leb = (n) => { const out = []; do { let x = n & 0x7f; n >>>= 7; if (n) x |= 0x80; out.push(x); } while (n); return out; };
const sleb = (n) => {
  const out = [];
  for (;;) {
    const x = n & 0x7f; n >>= 7;
    if ((n === 0 && !(x & 0x40)) || (n === -1 && x & 0x40)) { out.push(x); return out; }
    out.push(x | 0x80);
  }
};
const vec = (items) => [...leb(items.length), ...items.flat()];
const section = (id, bytes) => [id, ...leb(bytes.length), ...bytes];
const name = (s) => vec([...Buffer.from(s)]);

const COUNT = 150;  // defined functions: past the 127 that one-byte indices reach
const I32 = 0x7f;

// f0(x) = twice(x), the import; fk(x) = f(k-1)(x) + k. Earlier functions are
// padded longer, so ordering by size moves them. Each also runs instructions
// whose immediates the orderer must step over.
function body(k) {
  const code = [
    0x02, 0x40, 0x41, ...sleb(k % 3), 0x0e, ...leb(2), 0x00, 0x00, 0x00, 0x0b,  // block; br_table 0 0 0; end
    0x42, ...sleb(-1234567 * k), 0x1a,          // i64.const, drop
    0x44, 0, 0, 0, 0, 0, 0, 0xf8, 0x3f, 0x1a,    // f64.const 1.5, drop
    0x41, ...sleb(k), 0x28, 0x02, 0x00, 0x1a,    // i32.load align=2, drop
    0xd2, ...leb(4), 0x1a,                       // ref.func f3 (index 4: after the import), drop
    ...Array(200 - k).fill(0x01),                // nop, as padding
    0x20, 0x00, 0x10, ...leb(k),                 // local.get 0; call f(k-1), or the import for f0
  ];
  if (k > 0) code.push(0x41, ...sleb(k), 0x6a);  // i32.const k; i32.add
  return fn(code);
}

// A function's entry in the code section: its size, no locals, its code and end.
function fn(code) {
  const withLocals = [0x00, ...code, 0x0b];
  return [...leb(withLocals.length), ...withLocals];
}

function module() {
  const types = vec([[0x60, 1, I32, 1, I32], [0x60, 0, 0], [0x60, 1, I32, 1, I32], [0x60, 0, 1, I32]]);
  const imports = vec([[...name('env'), ...name('twice'), 0x00, 0x00]]);
  const chain = Array.from({ length: COUNT }, () => 0);
  const functions = vec([...chain, 1, 2, 3].map((t) => leb(t)));      // the chain, start, indirect, started
  const table = vec([[0x70, 0x00, ...leb(2)]]);
  const memory = vec([[0x00, 0x01]]);
  const global = vec([[I32, 0x01, 0x41, 0x00, 0x0b]]);
  const start = COUNT + 1, indirect = COUNT + 2, started = COUNT + 3;
  const exports = vec([[...name('top'), 0x00, ...leb(COUNT)], [...name('indirect'), 0x00, ...leb(indirect)],
    [...name('started'), 0x00, ...leb(started)], [...name('memory'), 0x02, 0x00]]);
  const elements = vec([[0x00, 0x41, 0x00, 0x0b, ...vec([leb(4), leb(141)])]]);  // table[0] = f3, table[1] = f140
  const code = vec([
    ...Array.from({ length: COUNT }, (_, k) => body(k)),
    fn([0x41, 0x07, 0x24, 0x00]),                  // start: global = 7
    fn([0x41, 0x01, 0x20, 0x00, 0x11, 0x00, 0x00]),  // indirect(i) = table[i](1)
    fn([0x23, 0x00]),                              // started() = global
  ]);
  return Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, types), ...section(2, imports), ...section(3, functions), ...section(4, table),
    ...section(5, memory), ...section(6, global), ...section(7, exports), ...section(8, leb(start)),
    ...section(9, elements), ...section(10, code)]);
}

async function run(bytes) {
  const { instance } = await WebAssembly.instantiate(bytes, { env: { twice: (x) => 2 * x } });
  const e = instance.exports;
  return { top: e.top(5), first: e.indirect(0), second: e.indirect(1), started: e.started() };
}

// The size of each defined function's body, in order.
function sizes(bytes) {
  let at = 8;
  const u32 = () => { let r = 0, s = 0, x; do { x = bytes[at++]; r |= (x & 0x7f) << s; s += 7; } while (x & 0x80); return r; };
  while (at < bytes.length) {
    const id = bytes[at++], size = u32(), end = at + size;
    if (id === 10) {
      const out = [];
      for (let n = u32(); n > 0; n--) { const s = u32(); out.push(s); at += s; }
      return out;
    }
    at = end;
  }
  return [];
}

test('an ordered module computes what it did, through calls, the table, the import and its start function', async () => {
  const bytes = module();
  assert.ok(WebAssembly.validate(bytes), 'the module written here is valid');
  const before = await run(bytes);
  assert.deepEqual(before, { top: 10 + (COUNT - 1) * COUNT / 2, first: 2 + 6, second: 2 + 140 * 141 / 2, started: 7 });
  const ordered = order(bytes);
  assert.ok(WebAssembly.validate(ordered));
  assert.notDeepEqual(sizes(ordered), sizes(bytes), 'the functions moved');
  assert.deepEqual(await run(ordered), before);
});

test('the functions with one-byte indices stay; the rest go smallest first; ordering again changes nothing', () => {
  const bytes = module();
  const ordered = order(bytes);
  const kept = 128 - 1;  // one import
  assert.deepEqual(sizes(ordered).slice(0, kept), sizes(bytes).slice(0, kept));
  const rest = sizes(ordered).slice(kept);
  assert.deepEqual(rest, [...rest].sort((a, b) => a - b));
  assert.deepEqual(order(ordered), ordered);
});

test('an instruction it does not know stops it, naming the opcode', () => {
  const bytes = module();
  // The start function's global.set becomes 0xfd, a SIMD prefix.
  const at = bytes.indexOf(Buffer.from(fn([0x41, 0x07, 0x24, 0x00])));
  bytes[at + 4] = 0xfd;
  assert.throws(() => order(bytes), /unknown instruction 0xfd/);
});
