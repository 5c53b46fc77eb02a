/**
 * TEST HELPER (not shipped; imported by tests only): a minimal Parquet writer used to build the Parquet fixtures.
 * One row group, one uncompressed PLAIN data page (v1) per column, RLE levels, Thrift-compact footer.
 * Supports string / double / int64 leaves, structs, 3-level lists and string-keyed maps, all REQUIRED except
 * leaves marked optional. Enough for small RABench-shaped files; not a general writer.
 */

export type Leaf = { kind: 'string' | 'double' | 'int64'; name: string; optional?: boolean };
export type Field =
  | Leaf
  | { kind: 'struct'; name: string; fields: Field[] }
  | { kind: 'list'; name: string; element: Field }
  | { kind: 'map'; name: string; value: Leaf };

type Value = unknown;

// Thrift compact protocol field types
const T_I32 = 5;
const T_I64 = 6;
const T_BINARY = 8;
const T_LIST = 9;
const T_STRUCT = 12;

class Bytes {
  private chunks: number[] = [];
  byte(b: number): void {
    this.chunks.push(b & 0xff);
  }
  raw(bytes: ArrayLike<number>): void {
    for (let i = 0; i < bytes.length; i++) this.chunks.push(bytes[i]!);
  }
  varint(n: bigint): void {
    let v = n;
    while (v >= 0x80n) {
      this.byte(Number(v & 0x7fn) | 0x80);
      v >>= 7n;
    }
    this.byte(Number(v));
  }
  u32le(n: number): void {
    this.byte(n);
    this.byte(n >>> 8);
    this.byte(n >>> 16);
    this.byte(n >>> 24);
  }
  get length(): number {
    return this.chunks.length;
  }
  toUint8Array(): Uint8Array {
    return Uint8Array.from(this.chunks);
  }
}

const zigzag = (n: bigint): bigint => (n >= 0n ? n << 1n : (-n << 1n) - 1n);

/** Thrift compact struct writer (fields must be written in increasing id order). */
class Struct {
  private last = 0;
  constructor(private readonly out: Bytes) {}
  private header(id: number, type: number): void {
    const delta = id - this.last;
    if (delta > 0 && delta <= 15) this.out.byte((delta << 4) | type);
    else {
      this.out.byte(type);
      this.out.varint(zigzag(BigInt(id)));
    }
    this.last = id;
  }
  i32(id: number, v: number): this {
    this.header(id, T_I32);
    this.out.varint(zigzag(BigInt(v)));
    return this;
  }
  i64(id: number, v: number): this {
    this.header(id, T_I64);
    this.out.varint(zigzag(BigInt(v)));
    return this;
  }
  binary(id: number, s: string): this {
    this.header(id, T_BINARY);
    const b = new TextEncoder().encode(s);
    this.out.varint(BigInt(b.length));
    this.out.raw(b);
    return this;
  }
  struct(id: number, write: (s: Struct) => void): this {
    this.header(id, T_STRUCT);
    const inner = new Struct(this.out);
    write(inner);
    inner.end();
    return this;
  }
  list<T>(id: number, elemType: number, items: readonly T[], write: (item: T) => void): this {
    this.header(id, T_LIST);
    if (items.length < 15) this.out.byte((items.length << 4) | elemType);
    else {
      this.out.byte(0xf0 | elemType);
      this.out.varint(BigInt(items.length));
    }
    for (const item of items) write(item);
    return this;
  }
  end(): void {
    this.out.byte(0);
  }
}

interface SchemaEntry {
  name: string;
  type?: number;
  repetition: number; // 0 required, 1 optional, 2 repeated
  children?: number;
  converted?: number; // 0 UTF8, 1 MAP, 2 MAP_KEY_VALUE, 3 LIST
}

interface LeafColumn {
  path: string[];
  leaf: Leaf;
  maxDef: number;
  maxRep: number;
  values: Value[];
  defs: number[];
  reps: number[];
}

const PHYSICAL = { string: 6, double: 5, int64: 2 } as const;

function schemaOf(field: Field, out: SchemaEntry[], repetition = 0): void {
  switch (field.kind) {
    case 'struct':
      out.push({ name: field.name, repetition, children: field.fields.length });
      field.fields.forEach((f) => schemaOf(f, out));
      return;
    case 'list':
      out.push({ name: field.name, repetition, children: 1, converted: 3 });
      out.push({ name: 'list', repetition: 2, children: 1 });
      schemaOf({ ...field.element, name: 'element' } as Field, out);
      return;
    case 'map':
      out.push({ name: field.name, repetition, children: 1, converted: 1 });
      out.push({ name: 'key_value', repetition: 2, children: 2, converted: 2 });
      out.push({ name: 'key', type: PHYSICAL.string, repetition: 0, converted: 0 });
      schemaOf({ ...field.value, name: 'value' }, out);
      return;
    default:
      out.push({
        name: field.name,
        type: PHYSICAL[field.kind],
        repetition: field.optional ? 1 : repetition,
        ...(field.kind === 'string' ? { converted: 0 } : {}),
      });
  }
}

function leavesOf(field: Field, path: string[], def: number, rep: number, out: LeafColumn[]): void {
  switch (field.kind) {
    case 'struct':
      field.fields.forEach((f) => leavesOf(f, [...path, field.name], def, rep, out));
      return;
    case 'list':
      leavesOf({ ...field.element, name: 'element' } as Field, [...path, field.name, 'list'], def + 1, rep + 1, out);
      return;
    case 'map':
      leavesOf({ kind: 'string', name: 'key' }, [...path, field.name, 'key_value'], def + 1, rep + 1, out);
      leavesOf({ ...field.value, name: 'value' }, [...path, field.name, 'key_value'], def + 1, rep + 1, out);
      return;
    default:
      out.push({ path: [...path, field.name], leaf: field, maxDef: def + (field.optional ? 1 : 0), maxRep: rep, values: [], defs: [], reps: [] });
  }
}

/** Dremel shredding: append the value's levels to every leaf column under `field`. */
function shred(field: Field, value: Value, rep: number, def: number, repDepth: number, leaves: Map<string, LeafColumn>, path: string[]): void {
  const emitNull = (r: number, d: number) => {
    const prefix = [...path, field.name].join('.');
    for (const [key, leaf] of leaves) {
      if (key === prefix || key.startsWith(`${prefix}.`)) {
        leaf.reps.push(r);
        leaf.defs.push(d);
      }
    }
  };
  switch (field.kind) {
    case 'struct': {
      const record = value as Record<string, Value>;
      field.fields.forEach((f) => shred(f, record[f.name], rep, def, repDepth, leaves, [...path, field.name]));
      return;
    }
    case 'list': {
      const list = value as Value[];
      if (list.length === 0) return emitNull(rep, def);
      const element = { ...field.element, name: 'element' } as Field;
      list.forEach((v, i) => shred(element, v, i === 0 ? rep : repDepth + 1, def + 1, repDepth + 1, leaves, [...path, field.name, 'list']));
      return;
    }
    case 'map': {
      const entries = value as Array<[string, Value]>;
      if (entries.length === 0) return emitNull(rep, def);
      const kvPath = [...path, field.name, 'key_value'];
      entries.forEach(([k, v], i) => {
        const r = i === 0 ? rep : repDepth + 1;
        shred({ kind: 'string', name: 'key' }, k, r, def + 1, repDepth + 1, leaves, kvPath);
        shred({ ...field.value, name: 'value' }, v, r, def + 1, repDepth + 1, leaves, kvPath);
      });
      return;
    }
    default: {
      const leaf = leaves.get([...path, field.name].join('.'))!;
      leaf.reps.push(rep);
      if (value === null || value === undefined) {
        leaf.defs.push(def);
      } else {
        leaf.defs.push(def + (field.optional ? 1 : 0));
        leaf.values.push(value);
      }
    }
  }
}

function bitWidth(max: number): number {
  return max === 0 ? 0 : Math.ceil(Math.log2(max + 1));
}

/** RLE-only encoding of the RLE/bit-packing hybrid, with its 4-byte length prefix. */
function encodeLevels(levels: number[], max: number): Uint8Array {
  const body = new Bytes();
  const width = Math.ceil(bitWidth(max) / 8);
  let i = 0;
  while (i < levels.length) {
    let j = i;
    while (j < levels.length && levels[j] === levels[i]) j++;
    body.varint(BigInt((j - i) << 1));
    for (let b = 0; b < width; b++) body.byte(levels[i]! >>> (8 * b));
    i = j;
  }
  const out = new Bytes();
  out.u32le(body.length);
  out.raw(body.toUint8Array());
  return out.toUint8Array();
}

function encodeValues(leaf: Leaf, values: Value[]): Uint8Array {
  const out = new Bytes();
  for (const v of values) {
    if (leaf.kind === 'string') {
      const b = new TextEncoder().encode(String(v));
      out.u32le(b.length);
      out.raw(b);
    } else if (leaf.kind === 'double') {
      const view = new DataView(new ArrayBuffer(8));
      view.setFloat64(0, Number(v), true);
      out.raw(new Uint8Array(view.buffer));
    } else {
      const view = new DataView(new ArrayBuffer(8));
      view.setBigInt64(0, BigInt(v as number), true);
      out.raw(new Uint8Array(view.buffer));
    }
  }
  return out.toUint8Array();
}

/**
 * Write rows (objects keyed by top-level field name; lists as arrays; maps as `[key, value]` arrays to keep order)
 * as a Parquet file.
 */
export function writeTinyParquet(fields: Field[], rows: Array<Record<string, Value>>): Uint8Array {
  const schema: SchemaEntry[] = [{ name: 'schema', repetition: 0, children: fields.length }];
  fields.forEach((f) => schemaOf(f, schema));
  const leafList: LeafColumn[] = [];
  fields.forEach((f) => leavesOf(f, [], 0, 0, leafList));
  const leaves = new Map(leafList.map((leaf) => [leaf.path.join('.'), leaf]));
  for (const row of rows) for (const f of fields) shred(f, row[f.name], 0, 0, 0, leaves, []);

  const file = new Bytes();
  file.raw([0x50, 0x41, 0x52, 0x31]);
  const chunks: Array<{ leaf: LeafColumn; offset: number; size: number; numValues: number }> = [];
  for (const leaf of leafList) {
    const page = new Bytes();
    if (leaf.maxRep > 0) page.raw(encodeLevels(leaf.reps, leaf.maxRep));
    if (leaf.maxDef > 0) page.raw(encodeLevels(leaf.defs, leaf.maxDef));
    page.raw(encodeValues(leaf.leaf, leaf.values));
    const body = page.toUint8Array();
    const header = new Bytes();
    new Struct(header)
      .i32(1, 0) // DATA_PAGE
      .i32(2, body.length)
      .i32(3, body.length)
      .struct(5, (s) => s.i32(1, leaf.defs.length).i32(2, 0).i32(3, 3).i32(4, 3))
      .end();
    const offset = file.length;
    file.raw(header.toUint8Array());
    file.raw(body);
    chunks.push({ leaf, offset, size: file.length - offset, numValues: leaf.defs.length });
  }

  const footer = new Bytes();
  const meta = new Struct(footer);
  meta.i32(1, 1);
  meta.list(2, T_STRUCT, schema, (e) => {
    const s = new Struct(footer);
    if (e.type !== undefined) s.i32(1, e.type);
    s.i32(3, e.repetition).binary(4, e.name);
    if (e.children !== undefined) s.i32(5, e.children);
    if (e.converted !== undefined) s.i32(6, e.converted);
    s.end();
  });
  meta.i64(3, rows.length);
  meta.list(4, T_STRUCT, [0], () => {
    const group = new Struct(footer);
    group.list(1, T_STRUCT, chunks, (c) => {
      new Struct(footer)
        .i64(2, c.offset)
        .struct(3, (m) => {
          m.i32(1, PHYSICAL[c.leaf.leaf.kind])
            .list(2, T_I32, [0, 3], (enc) => footer.varint(zigzag(BigInt(enc))))
            .list(3, T_BINARY, c.leaf.path, (p) => {
              const b = new TextEncoder().encode(p);
              footer.varint(BigInt(b.length));
              footer.raw(b);
            })
            .i32(4, 0) // UNCOMPRESSED
            .i64(5, c.numValues)
            .i64(6, c.size)
            .i64(7, c.size)
            .i64(9, c.offset);
        })
        .end();
    });
    group.i64(2, chunks.reduce((sum, c) => sum + c.size, 0)).i64(3, rows.length).end();
  });
  meta.binary(6, 'tiny-parquet-writer (RewardAnything playground tests)');
  meta.end();
  const footerBytes = footer.toUint8Array();
  file.raw(footerBytes);
  file.u32le(footerBytes.length);
  file.raw([0x50, 0x41, 0x52, 0x31]);
  return file.toUint8Array();
}
