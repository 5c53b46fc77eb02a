import { useState } from 'react';
import { useWorkspaceActions, useWorkspacePrinciple } from '../../state/index.ts';
import { PresetPicker } from './PresetPicker.tsx';
import { SavePrincipleButton } from './SavePrincipleButton.tsx';

export function PrincipleEditor({ invalid }: { invalid?: string }) {
  const principle = useWorkspacePrinciple();
  const setPrinciple = useWorkspaceActions().setPrinciple;
  const [picking, setPicking] = useState(false);
  return (
    <div className="card space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor="principle" className="text-sm font-semibold">
          Principle
        </label>
        <span className="hint">what the reward model should value</span>
        <div className="ml-auto flex gap-2">
          <button type="button" className="btn" onClick={() => setPicking(true)}>
            Presets…
          </button>
          <SavePrincipleButton />
        </div>
      </div>
      <textarea
        id="principle"
        className="field min-h-28 font-mono"
        value={principle}
        onChange={(e) => setPrinciple(e.target.value)}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={invalid ? 'principle-error' : undefined}
        placeholder="e.g. Prefer the response that is factually correct first; among correct ones, prefer the more concise."
      />
      {invalid && (
        <p id="principle-error" className="text-sm text-bad">
          {invalid}
        </p>
      )}
      <PresetPicker open={picking} onClose={() => setPicking(false)} onPick={(text) => setPrinciple(text)} />
    </div>
  );
}
