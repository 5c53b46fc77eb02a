import { useRef } from 'react';

export type JsonFileResult = { ok: true; data: unknown } | { ok: false; message: string };

/** Reads a picked file as JSON; a file that is not JSON gets a message naming it and where parsing stopped. */
export async function readJsonFile(file: File): Promise<JsonFileResult> {
  try {
    return { ok: true, data: JSON.parse(await file.text()) as unknown };
  } catch (err) {
    return { ok: false, message: `${file.name} is not valid JSON (${(err as Error).message}). Nothing was changed.` };
  }
}

/**
 * A button that opens a file picker for one file and hands over the file (the input itself stays hidden). It offers
 * JSON files unless `accept` says otherwise (JSON Lines: `.jsonl,.ndjson,…`).
 */
export function JsonFileButton({ label, inputLabel, testId, accept = '.json,application/json', onFile }: { label: string; inputLabel: string; testId?: string; accept?: string; onFile(file: File): void | Promise<void> }) {
  const ref = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="btn" onClick={() => ref.current?.click()}>
        {label}
      </button>
      <input
        ref={ref}
        type="file"
        accept={accept}
        className="hidden"
        aria-label={inputLabel}
        data-testid={testId}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void onFile(file);
        }}
      />
    </>
  );
}
