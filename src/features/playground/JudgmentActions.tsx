import { useState } from 'react';
import { encodeCaseFragment, type JudgmentRecord, judgmentExport, judgmentReportHtml, recordToCase, safeFileName } from '../../core/index.ts';
import { useWorkspaceActions } from '../../state/index.ts';
import { downloadText } from '../../components/download.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { CopyButton } from '../../components/CopyButton.tsx';
import { UseInTrainingButton } from '../../components/TrainingSnippets.tsx';
import { PresentActions } from './PresentActions.tsx';

export function JudgmentActions({ record }: { record: JudgmentRecord }) {
  const openCase = useWorkspaceActions().openCase;
  const [sharing, setSharing] = useState(false);
  const base = safeFileName(`judgment-${record.input.prompt.slice(0, 30)}-${record.id.slice(0, 8)}`);
  return (
    <div className="flex flex-wrap gap-2 border-t border-line pt-3">
      <button type="button" className="btn" onClick={() => openCase({ ...record.input, mask: record.mask }, 'this judgment’s inputs')}>
        Edit these inputs
      </button>
      <button type="button" className="btn" onClick={() => setSharing(true)}>
        Share link…
      </button>
      <button type="button" className="btn" onClick={() => downloadText(`${base}.json`, judgmentExport(record))}>
        Export JSON
      </button>
      <button type="button" className="btn" onClick={() => downloadText(`${base}.html`, judgmentReportHtml(record), 'text/html')}>
        HTML report
      </button>
      <UseInTrainingButton
        setup={() => ({
          principle: record.input.principle,
          mask: record.mask,
          sampling: record.sampling,
          modelId: record.engine.modelId,
          contextWindow: record.engine.contextWindow,
          baseUrl: record.engine.baseUrl,
          example: { prompt: record.input.prompt, responses: record.input.responses },
        })}
        label="Use in training…"
      />
      <PresentActions record={record} />
      <ShareDialog open={sharing} onClose={() => setSharing(false)} record={record} base={base} />
    </div>
  );
}

function ShareDialog({ open, onClose, record, base }: { open: boolean; onClose(): void; record: JudgmentRecord; base: string }) {
  const [withResult, setWithResult] = useState(true);
  const c = recordToCase(record, withResult);
  const enc = encodeCaseFragment(c);
  const url = enc.ok ? `${location.origin}${location.pathname}${enc.fragment}` : '';
  return (
    <Dialog open={open} onClose={onClose} title="Share this case">
      <div className="space-y-3 text-sm">
        <p className="text-muted">The case is compressed into the link after “#”, a part of a URL browsers never send to any server. Opening the link restores it without a network request.</p>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={withResult} onChange={(e) => setWithResult(e.target.checked)} /> Include the result (reasoning, scores, ranking)
        </label>
        {enc.ok ? (
          <>
            <label htmlFor="share-url" className="label">
              Link ({url.length.toLocaleString('en-US')} characters)
            </label>
            <textarea id="share-url" readOnly className="field h-24 font-mono text-xs" value={url} data-testid="share-url" onFocus={(e) => e.currentTarget.select()} />
            <CopyButton text={url} label="Copy link" className="btn-primary" />
          </>
        ) : (
          <p role="alert" className="text-warn" data-testid="share-too-large">
            This case is too large for a link ({enc.length.toLocaleString('en-US')} characters; the limit is {enc.limit.toLocaleString('en-US')}). Share it as a file instead{withResult ? ', or leave the result out' : ''}.
          </p>
        )}
        <button type="button" className="btn" onClick={() => downloadText(`${base}.case.json`, JSON.stringify(c, null, 2))}>
          Download as a case file
        </button>
      </div>
    </Dialog>
  );
}
