import { useState } from 'react';
import type { SavedPrinciple } from '../../core/index.ts';
import { useActiveModelId, useActiveServerUrl, useContextWindow, useLibraryActions, useSampling, useWorkspaceActions, useWorkspaceMask } from '../../state/index.ts';
import { navigate } from '../../components/routes.ts';
import { VersionDiff } from './VersionDiff.tsx';
import { SuiteSection } from './SuiteSection.tsx';
import { TrainingSnippetsDialog } from '../../components/TrainingSnippets.tsx';
import { PrincipleToDeck } from './LibraryToDeck.tsx';

export function PrincipleCard({ p }: { p: SavedPrinciple }) {
  const setPrinciple = useWorkspaceActions().setPrinciple;
  const rename = useLibraryActions().renamePrinciple;
  const duplicate = useLibraryActions().duplicatePrinciple;
  const remove = useLibraryActions().removePrinciple;
  const save = useLibraryActions().savePrinciple;
  const sampling = useSampling();
  const mask = useWorkspaceMask();
  const contextWindow = useContextWindow();
  const modelId = useActiveModelId();
  const baseUrl = useActiveServerUrl();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(p.name);
  const [tags, setTags] = useState(p.tags.join(', '));
  const [text, setText] = useState(p.text);
  const [training, setTraining] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  return (
    <li className="card space-y-2" data-testid="library-item" aria-label={p.name}>
      {editing ? (
        <form
          className="space-y-2"
          onSubmit={async (e) => {
            e.preventDefault();
            const t = tags.split(',').map((x) => x.trim()).filter(Boolean);
            if (text !== p.text) await save({ id: p.id, name: name.trim() || p.name, tags: t, text });
            else await rename(p.id, name.trim() || p.name, t);
            setEditing(false);
          }}
        >
          <label className="label" htmlFor={`name-${p.id}`}>
            Name
          </label>
          <input id={`name-${p.id}`} className="field" value={name} onChange={(e) => setName(e.target.value)} />
          <label className="label" htmlFor={`tags-${p.id}`}>
            Tags (comma-separated)
          </label>
          <input id={`tags-${p.id}`} className="field" value={tags} onChange={(e) => setTags(e.target.value)} />
          <label className="label" htmlFor={`text-${p.id}`}>
            Text (a changed text is saved as a new version)
          </label>
          <textarea id={`text-${p.id}`} className="field min-h-24 font-mono" value={text} onChange={(e) => setText(e.target.value)} />
          <div className="flex gap-2">
            <button type="submit" className="btn-primary">
              Save
            </button>
            <button type="button" className="btn" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          <div className="flex flex-wrap items-center gap-2">
            <h3 className="font-semibold">{p.name}</h3>
            {p.tags.map((t) => (
              <span key={t} className="rounded bg-sunken px-1.5 text-xs text-muted">
                {t}
              </span>
            ))}
            <span className="ml-auto text-xs text-muted">
              {p.versions.length} version{p.versions.length === 1 ? '' : 's'} · {new Date(p.updatedAt).toLocaleDateString()}
            </span>
          </div>
          <p className="whitespace-pre-wrap text-sm">{p.text}</p>
        </>
      )}
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className="btn-primary"
          onClick={() => {
            setPrinciple(p.text);
            navigate('playground');
          }}
        >
          Use in playground
        </button>
        <button type="button" className="btn" onClick={() => setTraining(true)}>
          Use in training…
        </button>
        <PrincipleToDeck p={p} />
        <button type="button" className="btn" onClick={() => setEditing(true)}>
          Edit
        </button>
        <button type="button" className="btn" onClick={() => void duplicate(p.id)}>
          Duplicate
        </button>
        {confirmDelete ? (
          <>
            <button type="button" className="btn-danger" onClick={() => void remove(p.id)}>
              Really delete
            </button>
            <button type="button" className="btn" onClick={() => setConfirmDelete(false)}>
              Keep
            </button>
          </>
        ) : (
          <button type="button" className="btn" onClick={() => setConfirmDelete(true)}>
            Delete
          </button>
        )}
      </div>
      <details>
        <summary className="cursor-pointer text-sm text-muted">Version history</summary>
        <div className="mt-2">
          <VersionDiff key={p.versions.length} p={p} />
        </div>
      </details>
      <details data-testid="suite-details">
        <summary className="cursor-pointer text-sm text-muted">Test suite</summary>
        <div className="mt-2">
          <SuiteSection p={p} />
        </div>
      </details>
      <TrainingSnippetsDialog
        open={training}
        onClose={() => setTraining(false)}
        setup={{ principle: p.text, mask, sampling, modelId, contextWindow, baseUrl }}
      />
    </li>
  );
}
