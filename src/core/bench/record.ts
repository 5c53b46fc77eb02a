/**
 * Read-only view of a key/value record, over either an ordered `Map` (from the ordered JSON reader) or a plain
 * object (from `JSON.parse`, Parquet rows or caller data; these list integer-like keys first, a JavaScript rule).
 */
export interface RecordView {
  readonly entries: ReadonlyArray<readonly [string, unknown]>;
  has(key: string): boolean;
  get(key: string): unknown;
  /** True when the view wraps a plain object (key order may differ from the source for integer-like keys). */
  readonly plain: boolean;
}

export function asRecord(value: unknown): RecordView | null {
  if (value instanceof Map) {
    const map = value as Map<unknown, unknown>;
    const entries: Array<[string, unknown]> = [];
    for (const [key, v] of map) if (typeof key === 'string') entries.push([key, v]);
    return { entries, has: (key) => map.has(key), get: (key) => map.get(key), plain: false };
  }
  if (isPlainObject(value)) {
    const object = value;
    return {
      entries: Object.entries(object),
      has: (key) => Object.prototype.hasOwnProperty.call(object, key),
      get: (key) => (Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined),
      plain: true,
    };
  }
  return null;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Short description of a value's type for error messages. */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Map || isPlainObject(value)) return 'an object';
  if (typeof value === 'bigint') return 'an integer';
  return `a ${typeof value}`;
}
