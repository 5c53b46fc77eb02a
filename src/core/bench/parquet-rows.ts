import { gunzipSync } from 'fflate';
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import type { Compressors, DecodedArray, ParquetParsers } from 'hyparquet';
import { assembleNested } from 'hyparquet/src/assemble.js';
import { readColumn } from 'hyparquet/src/column.js';
import { DEFAULT_PARSERS } from 'hyparquet/src/convert.js';
import { getTreePath } from 'hyparquet/src/schema.js';
import { flatten } from 'hyparquet/src/utils.js';

/** A Parquet row as hyparquet assembles it: column name → value (nested columns as arrays/objects). */
export type ParquetRowObject = Record<string, unknown>;

const textDecoder = new TextDecoder();

/** Snappy is built into hyparquet; GZIP comes from fflate (already a dependency). ZSTD/Brotli/LZ4 are not supported. */
const COMPRESSORS: Compressors = {
  GZIP: (input: Uint8Array) => gunzipSync(input),
};

/** JSON logical-type columns stay strings: the loader decodes them order-preserving (JSON.parse is not). */
const PARSERS: ParquetParsers = {
  ...DEFAULT_PARSERS,
  jsonFromBytes: (bytes: Uint8Array | undefined) => bytes && textDecoder.decode(bytes),
};

const MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1"

/** A clear message when the bytes cannot be a complete Parquet file, or `null` when the framing looks right. */
export function checkParquetFraming(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'file is empty';
  const head = MAGIC.every((b, i) => bytes[i] === b);
  if (!head) return 'not a Parquet file (no "PAR1" header)';
  const tail = bytes.length >= 12 && MAGIC.every((b, i) => bytes[bytes.length - 4 + i] === b);
  if (!tail) return 'Parquet file is truncated (no "PAR1" footer at the end): was the download or upload cut short?';
  return null;
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy.buffer;
}

/**
 * Read every row of a Parquet file synchronously. hyparquet's public readers are asynchronous; for an in-memory
 * file nothing needs to wait, so this drives its synchronous building blocks (footer metadata, per-chunk column
 * decoding, nested assembly) the way `parquetRead` does. Throws on malformed files.
 */
export function readParquetRowsSync(bytes: Uint8Array): ParquetRowObject[] {
  const buffer = toArrayBuffer(bytes);
  const metadata = parquetMetadata(buffer);
  const tree = parquetSchema(metadata);
  const rows: ParquetRowObject[] = [];
  let groupStart = 0;
  for (const rowGroup of metadata.row_groups) {
    const groupRows = Number(rowGroup.num_rows);
    const leaves = new Map<string, { path: string[]; data: DecodedArray }>();
    for (const chunk of rowGroup.columns) {
      if (chunk.file_path) throw new Error('Parquet columns stored in separate files are not supported');
      const meta = chunk.meta_data;
      if (!meta) throw new Error('Parquet column metadata is missing');
      const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
      const end = start + Number(meta.total_compressed_size);
      if (end > buffer.byteLength) throw new Error(`Parquet column "${meta.path_in_schema.join('.')}" runs past the end of the file`);
      const schemaPath = getTreePath(tree, meta.path_in_schema);
      const element = schemaPath[schemaPath.length - 1]!.element;
      const { data } = readColumn(
        { view: new DataView(buffer.slice(start, end)), offset: 0 },
        { groupStart, selectStart: 0, selectEnd: groupRows, groupRows },
        {
          pathInSchema: meta.path_in_schema,
          element,
          schemaPath,
          type: meta.type,
          codec: meta.codec,
          parsers: PARSERS,
          compressors: COMPRESSORS,
        },
      );
      leaves.set(meta.path_in_schema.join('.'), { path: meta.path_in_schema, data: flatten(data) });
    }

    const columns = new Map<string, DecodedArray>();
    for (const child of tree.children) {
      const name = child.element.name;
      if (child.children.length === 0) {
        const leaf = leaves.get(name);
        if (leaf) columns.set(name, leaf.data);
        continue;
      }
      const sub = new Map<string, DecodedArray>();
      for (const [key, leaf] of leaves) if (leaf.path[0] === name) sub.set(key, leaf.data);
      if (sub.size === 0) continue;
      assembleNested(sub, child, PARSERS);
      const assembled = sub.get(name);
      if (!assembled) throw new Error(`Parquet column "${name}" could not be assembled`);
      columns.set(name, assembled);
    }

    for (let i = 0; i < groupRows; i++) {
      const row: ParquetRowObject = {};
      for (const [name, data] of columns) row[name] = data[i];
      rows.push(row);
    }
    groupStart += groupRows;
  }
  return rows;
}

/** Read every row with hyparquet's public asynchronous API (`parquetReadObjects`). Rejects on malformed files. */
export async function readParquetRowsAsync(bytes: Uint8Array): Promise<ParquetRowObject[]> {
  const rows = await parquetReadObjects({ file: toArrayBuffer(bytes), compressors: COMPRESSORS, parsers: PARSERS });
  return rows as ParquetRowObject[];
}
