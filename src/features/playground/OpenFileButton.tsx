import { useState } from 'react';
import { isJudgmentFile, readCase, readJudgmentFile } from '../../core/index.ts';
import { usePlaygroundActions, useWorkspaceActions } from '../../state/index.ts';
import { JsonFileButton, readJsonFile } from '../../components/JsonFileButton.tsx';

/**
 * Opens a case file or an exported judgment; a bad file gets a message and changes nothing. Work on screen is replaced
 * only once the user agrees (the store asks), and the replace can be undone.
 */
export function OpenFileButton() {
  const openCase = useWorkspaceActions().openCase;
  const show = usePlaygroundActions().showJudgment;
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <>
      <JsonFileButton
        label="Open file…"
        inputLabel="Open a case or judgment file"
        testId="open-file"
        onFile={async (file) => {
          const json = await readJsonFile(file);
          if (!json.ok) return setMsg({ ok: false, text: json.message });
          if (isJudgmentFile(json.data)) {
            const j = readJudgmentFile(json.data);
            if (!j.ok) return setMsg({ ok: false, text: `${file.name}: ${j.error} Nothing was changed.` });
            const r = j.value;
            const c = readCase({ kind: 'rewardanything-case', version: 1, ...r.input, mask: r.mask });
            if (!c.ok) return setMsg({ ok: false, text: `${file.name}: ${c.error} Nothing was changed.` });
            return openCase(c.value, file.name, () => {
              show({ ...r, status: r.status === 'running' ? 'interrupted' : r.status });
              setMsg({ ok: true, text: `Opened the judgment from ${file.name}.` });
            });
          }
          const c = readCase(json.data);
          if (!c.ok) return setMsg({ ok: false, text: `${file.name}: ${c.error} Nothing was changed.` });
          openCase(c.value, file.name, () => setMsg({ ok: true, text: `Loaded the case from ${file.name}.` }));
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
