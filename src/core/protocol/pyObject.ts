// An ordered dictionary with Python `dict` semantics, for JSON objects whose key order matters.
//
// JavaScript objects re-order integer-like keys ("10" before "2"), so they cannot carry the order the reference
// (Python) keeps. `PyObject` keeps insertion order for every key; assigning an existing key keeps its first position
// and replaces its value, exactly like `d[key] = value` on a Python dict (and like `json.loads` on duplicate keys).

export class PyObject<V = unknown> implements Iterable<readonly [string, V]> {
  readonly #keys: string[] = [];
  readonly #values = new Map<string, V>();
  readonly #duplicates: string[] = [];
  readonly #duplicateSet = new Set<string>();

  constructor(entries?: Iterable<readonly [string, V]>) {
    if (entries) for (const [key, value] of entries) this.set(key, value);
  }

  /** `d[key] = value`: a new key goes last; an existing key keeps its position and takes the new value. */
  set(key: string, value: V): this {
    if (this.#values.has(key)) {
      if (!this.#duplicateSet.has(key)) {
        this.#duplicateSet.add(key);
        this.#duplicates.push(key);
      }
    } else {
      this.#keys.push(key);
    }
    this.#values.set(key, value);
    return this;
  }

  get(key: string): V | undefined {
    return this.#values.get(key);
  }

  has(key: string): boolean {
    return this.#values.has(key);
  }

  get size(): number {
    return this.#keys.length;
  }

  keys(): string[] {
    return this.#keys.slice();
  }

  /** The entries in dict order (a fresh array). */
  entries(): Array<[string, V]> {
    return this.#keys.map((key) => [key, this.#values.get(key) as V]);
  }

  /** Keys that were assigned more than once (each listed once, in the order the repetition was first seen). */
  get duplicateKeys(): readonly string[] {
    return this.#duplicates;
  }

  *[Symbol.iterator](): Iterator<readonly [string, V]> {
    for (const key of this.#keys) yield [key, this.#values.get(key) as V];
  }
}

/** Build an ordered object from `[key, value]` pairs (later duplicates overwrite the value, keep the first position). */
export function pyObject<V>(entries: Iterable<readonly [string, V]>): PyObject<V> {
  return new PyObject<V>(entries);
}
