/**
 * TEST HELPER: the bytes of a fixture file in this folder. Tests run in Node; `node:fs` is imported through a
 * variable so the browser-typed app program does not need Node's types (and Vite never bundles it).
 */
export async function readFixtureBytes(name: string): Promise<Uint8Array> {
  const specifier = 'node:fs/promises';
  const fs = (await import(/* @vite-ignore */ specifier)) as { readFile(path: URL): Promise<Uint8Array> };
  return new Uint8Array(await fs.readFile(new URL(name, import.meta.url)));
}
