// Lays out a WebAssembly module's functions smallest first, and renumbers
// every reference to them (calls, the table, exports, the start function).
// The module does the same, instruction for instruction; it compresses
// better, because gzip looks back only 32 KB for a repeat, and functions of
// a size tend to be alike (the many small accessors, the few big screens).
// The functions whose index takes one byte keep their places: the optimizer
// put the most called ones there, so that each call to them is short.
//   node tools/wasm_order.mjs IN.wasm OUT.wasm
// Knows the instructions of WebAssembly 1.0 with sign extension, saturating
// truncation, bulk memory and reference types, which is what Emscripten
// emits for this project; any other opcode stops it with a message, and the
// module is left as it was.
import { readFileSync, writeFileSync } from 'node:fs';

class Reader {
  constructor(bytes, at = 0) { this.b = bytes; this.at = at; }
  byte() {
    if (this.at >= this.b.length) throw new Error(`the module ends early, at byte ${this.at}`);
    return this.b[this.at++];
  }
  u32() {
    let result = 0, shift = 0, x;
    do { x = this.byte(); result += (x & 0x7f) * 2 ** shift; shift += 7; } while (x & 0x80);
    return result;
  }
  skipLeb() { while (this.byte() & 0x80); }
  skip(n) { this.at += n; }
}

function leb(n) {
  const out = [];
  do { let x = n % 128; n = Math.floor(n / 128); if (n) x |= 0x80; out.push(x); } while (n);
  return out;
}

// The immediates of each opcode, as how to skip them; call and ref.func,
// whose immediate is a function index, are handled apart.
const MEMARG = 'mm', NONE = '', LEB = 'l';
const immediates = new Map();
const set = (codes, kind) => { for (const c of codes) immediates.set(c, kind); };
set([0x00, 0x01, 0x05, 0x0b, 0x0f, 0x1a, 0x1b], NONE);        // unreachable nop else end return drop select
set([0x02, 0x03, 0x04], 'block');                            // block loop if
set([0x0c, 0x0d, 0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26], LEB);  // br br_if local.* global.* table.get/set
set([0x0e], 'br_table');
set([0x11], 'll');                                           // call_indirect: type, table
set([0x1c], 'select_t');
for (let c = 0x28; c <= 0x3e; c++) immediates.set(c, MEMARG);  // loads and stores
set([0x3f, 0x40], 'b');                                       // memory.size memory.grow
set([0x41, 0x42], LEB);                                       // i32.const i64.const (signed, same length rule)
immediates.set(0x43, 'f4'); immediates.set(0x44, 'f8');
for (let c = 0x45; c <= 0xc4; c++) immediates.set(c, NONE);   // numeric, conversions, sign extension
set([0xd0], 'b'); set([0xd1], NONE);                          // ref.null t, ref.is_null
// 0xFC prefix: saturating truncation (0-7), bulk memory (8-11), tables (12-17).
const prefixed = new Map([[0, NONE], [1, NONE], [2, NONE], [3, NONE], [4, NONE], [5, NONE], [6, NONE], [7, NONE],
  [8, 'lb'], [9, LEB], [10, 'bb'], [11, 'b'], [12, 'll'], [13, LEB], [14, 'll'], [15, LEB], [16, LEB], [17, LEB]]);

function skipImmediate(r, kind) {
  switch (kind) {
    case NONE: return;
    case LEB: r.skipLeb(); return;
    case 'll': r.skipLeb(); r.skipLeb(); return;
    case 'lb': r.skipLeb(); r.skip(1); return;
    case MEMARG: r.skipLeb(); r.skipLeb(); return;
    case 'b': r.skip(1); return;
    case 'bb': r.skip(2); return;
    case 'f4': r.skip(4); return;
    case 'f8': r.skip(8); return;
    case 'block': {
      const t = r.b[r.at];
      if (t === 0x40 || (t >= 0x6f && t <= 0x7f)) r.skip(1); else r.skipLeb();  // empty, a value type, or a type index
      return;
    }
    case 'br_table': { const n = r.u32(); for (let i = 0; i <= n; i++) r.skipLeb(); return; }
    case 'select_t': { const n = r.u32(); r.skip(n); return; }
  }
  throw new Error(`unknown immediate kind ${kind}`);
}

// A function body with each function index replaced by its new one.
function renumberBody(body, newIndex) {
  const r = new Reader(body);
  const out = [];
  let from = 0;
  const groups = r.u32();
  for (let i = 0; i < groups; i++) { r.skipLeb(); r.skip(1); }  // locals: count, type
  while (r.at < body.length) {
    const op = r.byte();
    if (op === 0x10 || op === 0xd2) {  // call f, ref.func f
      out.push(body.subarray(from, r.at));
      out.push(Uint8Array.from(leb(newIndex(r.u32()))));
      from = r.at;
    } else if (op === 0xfc) {
      const sub = r.u32();
      if (!prefixed.has(sub)) throw new Error(`unknown instruction 0xfc ${sub} at byte ${r.at}`);
      skipImmediate(r, prefixed.get(sub));
    } else {
      if (!immediates.has(op)) throw new Error(`unknown instruction 0x${op.toString(16)} at byte ${r.at - 1}`);
      skipImmediate(r, immediates.get(op));
    }
  }
  out.push(body.subarray(from));
  return Buffer.concat(out);
}

function section(id, payload) {
  return Buffer.concat([Buffer.from([id]), Buffer.from(leb(payload.length)), payload]);
}

export function order(bytes) {
  const r = new Reader(bytes, 8);
  const sections = [];
  let imported = 0;
  let code = null;
  while (r.at < bytes.length) {
    const id = r.byte(), size = r.u32(), start = r.at;
    sections.push({ id, payload: bytes.subarray(start, start + size) });
    if (id === 2) {  // imports: functions among them keep their indices, below every defined one
      const s = new Reader(bytes, start);
      for (let n = s.u32(); n > 0; n--) {
        s.skip(s.u32()); s.skip(s.u32());
        const kind = s.byte();
        if (kind === 0) { imported++; s.skipLeb(); }
        else if (kind === 1) { s.skip(1); const flags = s.byte(); s.skipLeb(); if (flags & 1) s.skipLeb(); }
        else if (kind === 2) { const flags = s.byte(); s.skipLeb(); if (flags & 1) s.skipLeb(); }
        else if (kind === 3) s.skip(2);
      }
    }
    if (id === 10) code = sections[sections.length - 1];
    r.at = start + size;
  }
  const functions = sections.find((s) => s.id === 3);
  if (!code || !functions) return bytes;
  if (sections.some((s) => s.id === 0)) throw new Error('the module has custom sections (names, debug info): order a stripped module');

  const bodies = [];
  const c = new Reader(code.payload);
  for (let n = c.u32(); n > 0; n--) { const size = c.u32(); bodies.push(code.payload.subarray(c.at, c.at + size)); c.skip(size); }
  const types = [];
  const f = new Reader(functions.payload);
  for (let n = f.u32(); n > 0; n--) types.push(f.u32());
  if (types.length !== bodies.length) throw new Error('the function and code sections disagree');

  const kept = Math.max(0, 128 - imported);  // indices 0 to 127 take one byte
  const all = bodies.map((_, i) => i);
  const layout = [...all.slice(0, kept), ...all.slice(kept).sort((a, b) => bodies[a].length - bodies[b].length || a - b)];
  const position = new Array(bodies.length);
  layout.forEach((old, at) => { position[old] = at; });
  const newIndex = (i) => (i < imported ? i : imported + position[i - imported]);

  const rebuilt = sections.map(({ id, payload }) => {
    const s = new Reader(payload);
    const out = [];
    if (id === 3) {
      out.push(leb(layout.length), ...layout.map((old) => leb(types[old])));
      return section(id, Buffer.from(out.flat()));
    }
    if (id === 10) {
      const parts = [Buffer.from(leb(layout.length))];
      for (const old of layout) {
        const body = renumberBody(bodies[old], newIndex);
        parts.push(Buffer.from(leb(body.length)), body);
      }
      return section(id, Buffer.concat(parts));
    }
    if (id === 7) {  // exports
      const parts = [];
      const n = s.u32(); parts.push(Buffer.from(leb(n)));
      for (let k = 0; k < n; k++) {
        const nameStart = s.at;
        s.skip(s.u32());
        const nameEnd = s.at, kind = s.byte(), index = s.u32();
        parts.push(payload.subarray(nameStart, nameEnd), Buffer.from([kind]), Buffer.from(leb(kind === 0 ? newIndex(index) : index)));
      }
      return section(id, Buffer.concat(parts));
    }
    if (id === 8) return section(id, Buffer.from(leb(newIndex(s.u32()))));  // start
    if (id === 9) {  // elements: only the form Emscripten writes, an active segment of function indices
      const parts = [];
      const n = s.u32(); parts.push(Buffer.from(leb(n)));
      for (let k = 0; k < n; k++) {
        const flags = s.u32();
        if (flags !== 0) throw new Error(`element segment of form ${flags}: only form 0 is known`);
        const exprStart = s.at;  // the offset: i32.const N end, or global.get G end
        if (![0x41, 0x23].includes(s.byte())) throw new Error('an element segment\'s offset is not a constant or a global');
        s.skipLeb();
        if (s.byte() !== 0x0b) throw new Error('an element segment\'s offset is longer than one instruction');
        parts.push(Buffer.from(leb(flags)), payload.subarray(exprStart, s.at));
        const count = s.u32(); parts.push(Buffer.from(leb(count)));
        for (let e = 0; e < count; e++) parts.push(Buffer.from(leb(newIndex(s.u32()))));
      }
      return section(id, Buffer.concat(parts));
    }
    return section(id, Buffer.from(payload));
  });
  return Buffer.concat([bytes.subarray(0, 8), ...rebuilt]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [input, output] = process.argv.slice(2);
  const bytes = readFileSync(input);
  const ordered = order(bytes);
  if (!WebAssembly.validate(ordered)) throw new Error(`${input}: the ordered module does not validate`);
  writeFileSync(output, ordered);
}
