import { useMemo, useState } from 'react';
import type { SnippetLanguage, TrainingSetup } from '../core/training/index.ts';
import { describeSetup, trainingCaveats, trainingSnippets, unencodableText } from '../core/training/index.ts';
import { CopyButton } from './CopyButton.tsx';
import { Dialog } from './Dialog.tsx';
import { Tabs } from './Tabs.tsx';
import { downloadText } from './download.ts';

const MIME: Record<SnippetLanguage, string> = {
  python: 'text/x-python',
  typescript: 'text/typescript',
  markdown: 'text/markdown',
};

/**
 * "Use in training": the snippets that reproduce a judging setup (principle, masking, sampling, model, context
 * window) in Python, TypeScript, TRL and veRL, each with Copy and Download. No snippet contains an API key.
 */
export function TrainingSnippetsDialog({ open, onClose, setup }: { open: boolean; onClose(): void; setup: TrainingSetup }) {
  // Text Python cannot print is refused before any snippet is made: its `--messages` would crash.
  const unencodable = useMemo(() => (open ? unencodableText(setup) : []), [open, setup]);
  const snippets = useMemo(() => (open && unencodable.length === 0 ? trainingSnippets(setup) : []), [open, setup, unencodable]);
  const caveats = useMemo(() => (open ? trainingCaveats(setup) : []), [open, setup]);
  const [active, setActive] = useState<string | null>(null);
  const current = snippets.find((x) => x.id === active) ?? snippets[0];

  return (
    <Dialog open={open} onClose={onClose} title="Use in training" wide>
      <p className="hint mb-2">
        Ready-to-run code that judges exactly as the playground did: the same principle and system prompt, byte for byte, and
        the same masking and sampling.
      </p>
      <p className="mb-3 text-xs text-muted">
        {describeSetup(setup)
          .map(([k, v]) => `${k}: ${v}`)
          .join(' · ')}
      </p>

      {unencodable.length > 0 && (
        <div role="alert" className="card mb-3 border-bad p-3 text-sm">
          <p className="mb-1 font-semibold">No snippet was made: this setup has text Python cannot print.</p>
          <ul className="list-disc space-y-1 pl-5">
            {unencodable.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}

      {current && (
        <>
          <Tabs label="Snippets" tabs={snippets.map((x) => [x.id, x.title] as const)} value={current.id} onChange={setActive}>
            <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
              <p className="hint">{current.description}</p>
              <div className="flex gap-2">
                <CopyButton text={current.code} label={`Copy ${current.filename}`} className="btn btn-primary" />
                <button type="button" className="btn" onClick={() => downloadText(current.filename, current.code, MIME[current.language])}>
                  Download
                </button>
              </div>
            </div>
            <pre
              tabIndex={0}
              aria-label={`${current.filename} source`}
              className="max-h-[50vh] overflow-auto rounded-md border border-line bg-sunken p-3 font-mono text-xs leading-relaxed whitespace-pre"
            >
              <code>{current.code}</code>
            </pre>
          </Tabs>
        </>
      )}

      <div className="card mt-3 p-3 text-sm">
        <h3 className="mb-1 font-semibold">Before you train</h3>
        <ul className="list-disc space-y-1 pl-5 text-muted">
          {caveats.map((caveat) => (
            <li key={caveat}>{caveat}</li>
          ))}
          <li>
            No snippet contains an API key: they read <code>OPENAI_API_KEY</code> and <code>REWARDANYTHING_BASE_URL</code> from the
            environment. The full guide is docs/training.md.
          </li>
        </ul>
      </div>
    </Dialog>
  );
}

/** A button that opens the dialog; `setup` may be a function so it is only built when the user asks. */
export function UseInTrainingButton({
  setup,
  label = 'Use in training',
  className = 'btn',
}: {
  setup: TrainingSetup | (() => TrainingSetup);
  label?: string;
  className?: string;
}) {
  const [opened, setOpened] = useState<TrainingSetup | null>(null);
  return (
    <>
      <button type="button" className={className} onClick={() => setOpened(typeof setup === 'function' ? setup() : setup)}>
        {label}
      </button>
      {opened && <TrainingSnippetsDialog open onClose={() => setOpened(null)} setup={opened} />}
    </>
  );
}
