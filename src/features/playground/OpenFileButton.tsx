import { useRef, useState } from 'react';
import { readCase } from '../../core/index.ts';
import { useAppStore } from '../../state/store.ts';
import type { JudgmentRecord } from '../../state/records.ts';

/** Opens a case file or an exported judgment; a bad file gets a message and changes nothing. */
export function OpenFileButton() {
  const ref = useRef<HTMLInputElement>(null);
  const loadCase = useAppStore((s) => s.loadCase);
  const show = useAppStore((s) => s.showJudgment);
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <>
      <button type="button" className="btn" onClick={() => ref.current?.click()}>
        Open file…
      </button>
      <input
        ref={ref}
        type="file"
        accept=".json,application/json"
        className="hidden"
        aria-label="Open a case or judgment file"
        data-testid="open-file"
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (!file) return;
          let data: unknown;
          try {
            data = JSON.parse(await file.text());
          } catch (err) {
            setMsg({ ok: false, text: `${file.name} is not valid JSON (${(err as Error).message}). Nothing was changed.` });
            return;
          }
          const j = (data as { kind?: string; judgment?: JudgmentRecord }) ?? {};
          if (j.kind === 'rewardanything-judgment' && j.judgment && typeof j.judgment === 'object') {
            const c = readCase({ kind: 'rewardanything-case', version: 1, ...j.judgment.input, mask: j.judgment.mask });
            if (!c.ok) return setMsg({ ok: false, text: `${file.name}: ${c.error} Nothing was changed.` });
            show({ ...j.judgment, status: j.judgment.status === 'running' ? 'interrupted' : j.judgment.status });
            loadCase(c.value);
            return setMsg({ ok: true, text: `Opened the judgment from ${file.name}.` });
          }
          const c = readCase(data);
          if (!c.ok) return setMsg({ ok: false, text: `${file.name}: ${c.error} Nothing was changed.` });
          loadCase(c.value);
          setMsg({ ok: true, text: `Loaded the case from ${file.name}.` });
        }}
      />
      {msg && (
        <p role={msg.ok ? 'status' : 'alert'} className={`text-sm ${msg.ok ? 'text-ok' : 'text-bad'}`} data-testid="open-file-message">
          {msg.text}
        </p>
      )}
    </>
  );
}
